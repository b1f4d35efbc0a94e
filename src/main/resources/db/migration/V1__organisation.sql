-- The organisation: units as a tree (organisation > region > unit > team) and the people in them.
-- Ids come from sequences that hand out blocks of 50 (EclipseLink reads each value as the end of its block).
create sequence unit_seq start with 50 increment by 50;
create sequence person_seq start with 50 increment by 50;

create table unit (
    id         bigint primary key,
    code       varchar(40)  not null,
    name       varchar(200) not null,
    kind       varchar(20)  not null,
    parent_id  bigint references unit (id),
    active     boolean      not null default true,
    version    bigint       not null default 0,
    constraint unit_code_unique unique (code),
    constraint unit_kind_known check (kind in ('ORGANISATION', 'REGION', 'UNIT', 'TEAM'))
);
create index unit_parent on unit (parent_id);

create table person (
    id                 bigint primary key,
    username           varchar(80)  not null,
    email              varchar(254) not null,
    first_name         varchar(100) not null,
    last_name          varchar(100) not null,
    preferred_language varchar(5)   not null default 'fi',
    unit_id            bigint       not null references unit (id),
    active             boolean      not null default true,
    password_hash      varchar(400),
    created_at         timestamp    not null,
    deactivated_at     timestamp,
    version            bigint       not null default 0,
    constraint person_username_unique unique (username),
    constraint person_email_unique unique (email)
);
create index person_unit on person (unit_id);

create table person_role (
    person_id bigint      not null references person (id),
    role      varchar(20) not null,
    primary key (person_id, role),
    constraint person_role_known check (role in ('EMPLOYEE', 'SUPERVISOR', 'HR', 'ADMIN'))
);

create table unit_supervisor (
    person_id bigint not null references person (id),
    unit_id   bigint not null references unit (id),
    primary key (person_id, unit_id)
);
create index unit_supervisor_unit on unit_supervisor (unit_id);

-- Failed sign-ins per username (known or not, so the lock-out tells nothing about which usernames exist).
create table sign_in_attempt (
    username     varchar(80) primary key,
    failures     integer     not null,
    locked_until timestamp
);
