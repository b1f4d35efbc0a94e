-- API keys for systems that send customer responses: shown once, stored only as a SHA-256 hash, scoped to units.
create sequence api_key_seq start with 50 increment by 50;

create table api_key (
    id         bigint primary key,
    name       varchar(120) not null,
    key_hash   varchar(64)  not null,
    prefix     varchar(12)  not null,
    created_by bigint references person (id),
    created_at timestamp    not null,
    revoked_at timestamp,
    constraint api_key_hash_unique unique (key_hash)
);

create table api_key_unit (
    api_key_id bigint not null references api_key (id),
    unit_id    bigint not null references unit (id),
    primary key (api_key_id, unit_id)
);
