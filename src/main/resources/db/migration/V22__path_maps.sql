-- Customer-path maps drawn in a workshop (several per session, e.g. today's path and the path we want). The map itself
-- is kept as JSON that PathMapDocument checks before every save: lanes, touchpoints in order, marks, emotion and the
-- commitment made from a touchpoint. The version stops two browsers from overwriting each other unseen.
create sequence path_map_seq start with 50 increment by 50;

create table path_map (
    id         bigint primary key,
    session_id bigint        not null references workshop_session (id),
    sort_order integer       not null,
    name       varchar(80)   not null,
    content    varchar(100000) not null,
    created_at timestamp     not null,
    updated_at timestamp     not null,
    version    bigint        not null default 0
);
create index path_map_session on path_map (session_id, sort_order);
