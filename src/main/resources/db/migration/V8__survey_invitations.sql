-- Visit-triggered survey invitations: a visit registered with the customer's email gets a one-time survey link by
-- email after the unit's delay. The email is erased once the invitation is sent or has expired; only a hash of the
-- link's token is kept, and a link can be answered once.
alter table unit add column invitation_delay_minutes integer not null default 120;

create sequence survey_visit_seq start with 50 increment by 50;

create table survey_visit (
    id          bigint primary key,
    unit_id     bigint       not null references unit (id),
    visited_at  timestamp    not null,
    email       varchar(320),
    language    varchar(5)   not null,
    external_id varchar(200),
    token_hash  varchar(64),
    send_after  timestamp    not null,
    expires_at  timestamp    not null,
    sent_at     timestamp,
    answered_at timestamp,
    created_at  timestamp    not null,
    constraint survey_visit_token unique (token_hash),
    constraint survey_visit_external unique (unit_id, external_id)
);
create index survey_visit_due on survey_visit (sent_at, send_after);

-- Mail with personal data (a customer's address and one-time link) is erased from the outbox once sent.
alter table outbox_mail add column personal boolean not null default false;
