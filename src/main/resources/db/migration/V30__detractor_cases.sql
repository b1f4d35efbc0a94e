-- Closing the loop on every detractor (#18 part 3): a case for the unit's supervisor per detractor (NPS 0-6) with a
-- comment, its way from new to resolved, and the customer's contact details, which are kept only until the case is
-- resolved or 30 days old.
create sequence detractor_case_seq start with 50 increment by 50;
create table detractor_case (
    id              bigint        primary key,
    response_id     bigint        not null unique references customer_response (id),
    unit_id         bigint        not null references unit (id),
    state           varchar(20)   not null,
    opened_at       timestamp     not null,
    acknowledge_by  timestamp     not null,
    acknowledged_at timestamp,
    contacted_at    timestamp,
    resolved_at     timestamp,
    note            varchar(1000),
    root_cause      varchar(40),
    module_id       varchar(80)   references learning_module (id),
    commitment_id   bigint        references commitment (id),
    contact         varchar(200),
    contact_erased  boolean       not null default false,
    version         bigint        not null default 0,
    constraint detractor_case_state_known check (state in ('NEW', 'ACKNOWLEDGED', 'CONTACTED', 'RESOLVED'))
);
create index detractor_case_unit_state on detractor_case (unit_id, state, opened_at);

-- Every step a case took after it was opened, by whom and when: the case's history.
create sequence detractor_case_event_seq start with 50 increment by 50;
create table detractor_case_event (
    id          bigint      primary key,
    case_id     bigint      not null references detractor_case (id),
    state       varchar(20) not null,
    actor_id    bigint      references person (id),
    happened_at timestamp   not null
);
create index detractor_case_event_case on detractor_case_event (case_id);

insert into job_lease (name) values ('detractor-case-contacts');
