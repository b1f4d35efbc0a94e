-- The audit log: who did what, when and from where. Written only by AuditLog, never changed afterwards except when a
-- person is erased, when their name, username and email in these rows are replaced by the pseudonym.
create sequence audit_event_seq start with 50 increment by 50;

create table audit_event (
    id               bigint primary key,
    at               timestamp     not null,
    actor_username   varchar(80),
    actor_person_id  bigint,
    action           varchar(40)   not null,
    target_type      varchar(40),
    target_id        varchar(80),
    target_label     varchar(300),
    unit_id          bigint,
    detail           varchar(2000),
    client_address   varchar(64)
);
create index audit_event_at on audit_event (at);
create index audit_event_actor on audit_event (actor_username, at);
create index audit_event_action on audit_event (action, at);
create index audit_event_actor_person on audit_event (actor_person_id);
create index audit_event_target on audit_event (target_type, target_id);
