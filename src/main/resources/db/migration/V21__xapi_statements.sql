-- xAPI statements for the learning record store (KOHTAAMO_XAPI_ENDPOINT), each written in the same transaction as
-- the learning event it reports and kept until the store has it. The id is the statement's UUID, chosen when the
-- event happened, so that a resend is recognised by the store. A statement the store refuses is kept with the reason
-- (refused), others are retried from next_attempt_at on.
create table xapi_statement (
    id              varchar(36)     primary key,
    person_id       bigint          not null,
    summary         varchar(300)    not null,
    statement       varchar(20000)  not null,
    created_at      timestamp       not null,
    next_attempt_at timestamp       not null,
    sent_at         timestamp,
    attempts        integer         not null default 0,
    refused         boolean         not null default false,
    last_error      varchar(1000)
);
create index xapi_statement_due on xapi_statement (sent_at, next_attempt_at);
-- The person a statement is about: their data export lists these, and erasing them deletes them.
create index xapi_statement_person on xapi_statement (person_id);

-- The node that holds this lease retries the statements that wait.
insert into job_lease (name) values ('xapi-delivery');
