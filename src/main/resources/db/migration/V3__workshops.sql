-- Workshops: facilitator guides synchronised from content/, sessions that supervisors run with their staff,
-- attendance, the team's commitments, and the outbox every mail goes through.
create sequence workshop_session_seq start with 50 increment by 50;
create sequence commitment_seq start with 50 increment by 50;
create sequence outbox_mail_seq start with 50 increment by 50;

create table workshop_guide (
    id           varchar(80)      primary key,
    title_fi     varchar(200)     not null,
    title_en     varchar(200)     not null,
    summary_fi   varchar(1000)    not null,
    summary_en   varchar(1000)    not null,
    minutes      integer          not null,
    content_hash varchar(64)      not null,
    active       boolean          not null default true
);

create table workshop_session (
    id             bigint primary key,
    unit_id        bigint       not null references unit (id),
    guide_id       varchar(80)  not null references workshop_guide (id),
    facilitator_id bigint       not null references person (id),
    starts_at      timestamp    not null,
    minutes        integer      not null,
    place          varchar(300),
    online_link    varchar(500),
    status         varchar(20)  not null,
    notes          varchar(20000),
    ical_uid       varchar(120) not null,
    ical_sequence  integer      not null default 0,
    follow_up_of   bigint references workshop_session (id),
    created_at     timestamp    not null,
    updated_at     timestamp    not null,
    version        bigint       not null default 0,
    constraint workshop_session_uid_unique unique (ical_uid),
    constraint workshop_session_status_known check (status in ('SCHEDULED', 'HELD', 'CANCELLED'))
);
create index workshop_session_unit on workshop_session (unit_id, starts_at);

create table session_invitee (
    session_id bigint  not null references workshop_session (id),
    person_id  bigint  not null references person (id),
    attended   boolean not null default false,
    primary key (session_id, person_id)
);

create table commitment (
    id         bigint primary key,
    session_id bigint       not null references workshop_session (id),
    unit_id    bigint       not null references unit (id),
    what       varchar(500) not null,
    owner_id   bigint references person (id),
    due_date   date,
    factor     varchar(20),
    module_id  varchar(80) references learning_module (id),
    status     varchar(20)  not null,
    created_at timestamp    not null,
    updated_at timestamp    not null,
    version    bigint       not null default 0,
    constraint commitment_status_known check (status in ('OPEN', 'DONE', 'DROPPED'))
);
create index commitment_owner on commitment (owner_id);
create index commitment_unit on commitment (unit_id);

-- Every mail is written here in the same transaction as what caused it, then delivered; a failed delivery is
-- retried, and with no mail server configured the mails simply wait here for an administrator to read.
create table outbox_mail (
    id         bigint primary key,
    recipient  varchar(254)   not null,
    subject    varchar(300)   not null,
    body       varchar(20000) not null,
    calendar   varchar(100000),
    created_at timestamp      not null,
    sent_at    timestamp,
    attempts   integer        not null default 0,
    last_error varchar(1000)
);
create index outbox_mail_pending on outbox_mail (sent_at);

-- Organisation-wide settings that HR or administrators change at run time.
create table setting (
    name  varchar(80)  primary key,
    setting_value varchar(500) not null
);
