-- Seminar rooms (#17): the rooms HR keeps as a list, for sessions to book and for the form to warn when two sessions
-- book one room at overlapping times. A room in use is retired, never deleted, so that past sessions keep their room.
create sequence room_seq start with 50 increment by 50;

create table room (
    id       bigint primary key,
    name     varchar(120) not null,
    location varchar(200),
    capacity integer,
    retired  boolean      not null default false,
    version  bigint       not null default 0
);

alter table workshop_session add column room_id bigint references room (id);
create index workshop_session_room on workshop_session (room_id, starts_at);

-- Who runs a session beside its facilitator (#17): co-facilitators from the people the scheduler oversees, who may open
-- facilitator mode and record the session, and an external trainer named in free text.
create table session_co_facilitator (
    session_id bigint not null references workshop_session (id),
    person_id  bigint not null references person (id),
    primary key (session_id, person_id)
);
create index session_co_facilitator_person on session_co_facilitator (person_id);

alter table workshop_session add column trainer_name varchar(120);
alter table workshop_session add column trainer_organisation varchar(120);

-- The one-question reaction after a workshop (#17; Kirkpatrick level 1): one row per attendee and session, changed in
-- place until the question closes; a dismissed question keeps a row without a score, so that it is not asked again.
create sequence workshop_reaction_seq start with 50 increment by 50;

create table workshop_reaction (
    id          bigint primary key,
    session_id  bigint    not null references workshop_session (id),
    person_id   bigint    not null references person (id),
    score       integer,
    comment     varchar(2000),
    dismissed   boolean   not null default false,
    answered_at timestamp not null,
    version     bigint    not null default 0,
    constraint workshop_reaction_once unique (session_id, person_id)
);
create index workshop_reaction_person on workshop_reaction (person_id);
