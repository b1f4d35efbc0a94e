-- Learning: modules and tracks synchronised from content/, their versions, assignments and each learner's progress.
create sequence module_version_seq start with 50 increment by 50;
create sequence assignment_seq start with 50 increment by 50;
create sequence progress_seq start with 50 increment by 50;

create table learning_module (
    id                 varchar(80)   primary key,
    audience           varchar(20)   not null,
    minutes            integer       not null,
    pass_mark          integer       not null,
    title_fi           varchar(200)  not null,
    title_en           varchar(200)  not null,
    summary_fi         varchar(1000) not null,
    summary_en         varchar(1000) not null,
    factors            varchar(200)  not null default '',
    current_version_id bigint,
    active             boolean       not null default true
);

-- Every version a module has had; progress and completions point at the version they were made on.
create table module_version (
    id           bigint primary key,
    module_id    varchar(80)     not null references learning_module (id),
    number       integer         not null,
    label        varchar(40)     not null,
    content_hash varchar(64)     not null,
    content      varchar(1000000) not null,
    created_at   timestamp       not null,
    constraint module_version_number_unique unique (module_id, number)
);
alter table learning_module add constraint learning_module_current_version
    foreign key (current_version_id) references module_version (id);

create table learning_track (
    id           varchar(80)   primary key,
    audience     varchar(20)   not null,
    title_fi     varchar(200)  not null,
    title_en     varchar(200)  not null,
    summary_fi   varchar(1000) not null,
    summary_en   varchar(1000) not null,
    content_hash varchar(64)   not null,
    active       boolean       not null default true
);

create table track_module (
    track_id  varchar(80) not null references learning_track (id),
    position  integer     not null,
    module_id varchar(80) not null references learning_module (id),
    primary key (track_id, position)
);

-- What someone must complete, and by when: a module or a track, given to a unit (with its sub-units), to everyone
-- with a role, or to one person. Who it reaches is worked out when asked, so people who join later get it too.
create table assignment (
    id         bigint primary key,
    module_id  varchar(80) references learning_module (id),
    track_id   varchar(80) references learning_track (id),
    unit_id    bigint references unit (id),
    role       varchar(20),
    person_id  bigint references person (id),
    due_date   date,
    created_by bigint references person (id),
    created_at timestamp   not null,
    constraint assignment_one_subject check ((module_id is null) <> (track_id is null)),
    constraint assignment_one_target check (
        (case when unit_id is null then 0 else 1 end)
      + (case when role is null then 0 else 1 end)
      + (case when person_id is null then 0 else 1 end) = 1)
);
create index assignment_unit on assignment (unit_id);
create index assignment_person on assignment (person_id);

-- One learner working through one version of a module; completed_at is set when they finish.
create table module_progress (
    id                bigint primary key,
    person_id         bigint      not null references person (id),
    module_id         varchar(80) not null references learning_module (id),
    module_version_id bigint      not null references module_version (id),
    current_step      integer     not null,
    started_at        timestamp   not null,
    updated_at        timestamp   not null,
    completed_at      timestamp,
    quiz_score        integer,
    quiz_attempts     integer     not null default 0,
    first_try_passed  boolean,
    rating            integer,
    rating_comment    varchar(2000),
    version           bigint      not null default 0,
    constraint module_progress_rating check (rating is null or rating between 1 and 5)
);
create index module_progress_person on module_progress (person_id, module_id);

-- What the learner chose or wrote in a step (a scenario choice, quiz answers, a private reflection).
create table step_answer (
    progress_id bigint         not null references module_progress (id),
    step        integer        not null,
    answer      varchar(20000) not null,
    answered_at timestamp      not null,
    primary key (progress_id, step)
);
