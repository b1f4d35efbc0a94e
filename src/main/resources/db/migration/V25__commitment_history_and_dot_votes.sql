-- Commitments that carry through (#17): the session a commitment was first made in stays known when it is carried
-- over to a follow-up session, and every carry-over and change of status is kept as its history.
alter table commitment add column made_in_session_id bigint references workshop_session (id);
update commitment set made_in_session_id = session_id;

create sequence commitment_event_seq start with 50 increment by 50;
create table commitment_event (
    id              bigint      primary key,
    commitment_id   bigint      not null references commitment (id),
    kind            varchar(20) not null,
    from_session_id bigint references workshop_session (id),
    to_session_id   bigint references workshop_session (id),
    actor_id        bigint references person (id),
    happened_at     timestamp   not null,
    constraint commitment_event_kind_known check (kind in ('CARRIED_OVER', 'DONE', 'DROPPED', 'REOPENED'))
);
create index commitment_event_commitment on commitment_event (commitment_id);

-- The six-factor self-assessment's wall, as the facilitator records it: per session and factor the team's score
-- (1.0-5.0, where the rating dots cluster) and the number of choice dots the factor received.
create table dot_vote (
    session_id bigint    primary key references workshop_session (id),
    updated_by bigint    references person (id),
    updated_at timestamp not null,
    version    bigint    not null default 0
);
create table dot_vote_factor (
    session_id bigint       not null references dot_vote (session_id),
    factor     varchar(20)  not null,
    score      numeric(2, 1),
    dots       integer      not null default 0,
    primary key (session_id, factor),
    constraint dot_vote_score_range check (score is null or (score >= 1 and score <= 5)),
    constraint dot_vote_dots_range check (dots >= 0 and dots <= 999)
);
