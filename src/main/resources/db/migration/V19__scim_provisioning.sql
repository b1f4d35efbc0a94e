-- SCIM 2.0 provisioning (RFC 7643/7644): identity providers (Entra ID, Okta) create, change and deactivate people.

-- The bearer tokens an administrator gives identity providers: shown once, stored only as a SHA-256 hash.
create sequence scim_token_seq start with 50 increment by 50;

create table scim_token (
    id           bigint primary key,
    name         varchar(120) not null,
    token_hash   varchar(64)  not null,
    prefix       varchar(12)  not null,
    created_by   bigint references person (id),
    created_at   timestamp    not null,
    last_used_at timestamp,
    revoked_at   timestamp,
    constraint scim_token_hash_unique unique (token_hash)
);

-- What the identity provider knows a provisioned person by: its userName (an e-mail address or UPN, which Kohtaamo's
-- usernames cannot hold) and externalId. A person deleted over SCIM stays deactivated in Kohtaamo, and its SCIM
-- resource answers 404 from then on (RFC 7644 3.6).
create table scim_person (
    person_id   bigint primary key references person (id),
    user_name   varchar(254) not null,
    external_id varchar(254),
    deleted_at  timestamp,
    constraint scim_person_user_name_unique unique (user_name)
);
create index scim_person_external_id on scim_person (external_id);
