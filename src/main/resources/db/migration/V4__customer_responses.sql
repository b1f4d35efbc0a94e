-- Customer satisfaction: every response once (deduplicated by external id or content), and per unit and month the
-- counts the results pages read, kept up to date as responses arrive.
create sequence customer_response_seq start with 50 increment by 50;

create table customer_response (
    id          bigint primary key,
    unit_id     bigint       not null references unit (id),
    answered_at timestamp    not null,
    nps         integer      not null,
    csat        integer,
    comment     varchar(4000),
    channel     varchar(20)  not null,
    source      varchar(20)  not null,
    external_id varchar(200),
    dedupe_key  varchar(64)  not null,
    created_at  timestamp    not null,
    constraint customer_response_dedupe unique (dedupe_key),
    constraint customer_response_nps check (nps between 0 and 10),
    constraint customer_response_csat check (csat is null or csat between 1 and 5),
    constraint customer_response_channel check (channel in ('VISIT', 'PHONE', 'ONLINE', 'OTHER')),
    constraint customer_response_source check (source in ('IMPORT', 'API', 'SURVEY'))
);
create index customer_response_unit_time on customer_response (unit_id, answered_at);

create table unit_month_result (
    unit_id     bigint  not null references unit (id),
    month_start date    not null,
    responses   integer not null,
    promoters   integer not null,
    passives    integer not null,
    detractors  integer not null,
    csat_sum    integer not null,
    csat_count  integer not null,
    primary key (unit_id, month_start)
);
