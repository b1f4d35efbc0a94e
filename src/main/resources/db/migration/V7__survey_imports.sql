-- Survey files imported by HR: the upload and its progress, the first problems found (all of them go to a rejects file),
-- saved column mappings per source, and a staging table that lives only inside one import's transaction.
create sequence survey_import_seq start with 50 increment by 50;

create table survey_import (
    id             bigint primary key,
    file_name      varchar(255) not null,
    stored_name    varchar(80)  not null,
    file_format    varchar(10)  not null,
    charset_name   varchar(40),
    delimiter_char varchar(4),
    header_line    varchar(4000) not null,
    column_mapping varchar(2000),
    default_channel varchar(20) not null,
    status         varchar(20)  not null,
    progress       integer      not null,
    total_rows     bigint,
    valid_rows     bigint,
    rejected_rows  bigint,
    added_rows     bigint,
    duplicate_rows bigint,
    failure        varchar(1000),
    uploaded_by    bigint       not null references person (id),
    created_at     timestamp    not null,
    finished_at    timestamp,
    constraint survey_import_status check (status in
        ('UPLOADED', 'CHECKING', 'CHECKED', 'IMPORTING', 'DONE', 'CANCELLED', 'FAILED'))
);

create table survey_import_problem (
    import_id   bigint       not null references survey_import (id) on delete cascade,
    row_no      bigint       not null,
    column_name varchar(200) not null,
    cell_value  varchar(200),
    reason      varchar(300) not null,
    primary key (import_id, row_no, column_name)
);

create sequence import_template_seq start with 50 increment by 50;

create table import_template (
    id             bigint primary key,
    name           varchar(120)  not null,
    column_mapping varchar(2000) not null,
    created_at     timestamp     not null,
    constraint import_template_name unique (name)
);

create table import_row (
    import_id   bigint      not null,
    row_no      bigint      not null,
    unit_id     bigint      not null,
    answered_at timestamp   not null,
    nps         integer     not null,
    csat        integer,
    comment     varchar(4000),
    channel     varchar(20) not null,
    external_id varchar(200),
    dedupe_key  varchar(64) not null
);

alter table customer_response add column import_id bigint;
create index customer_response_import on customer_response (import_id);
