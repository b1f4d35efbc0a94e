-- Seminar rooms (#17): the rooms HR keeps as a list, for sessions to book and for the form to warn when two sessions
-- book one room at overlapping times. A room in use is retired, never deleted, so that past sessions keep their room.
create sequence room_seq start with 50 increment by 50;

create table room (
    id       bigint primary key,
    name     varchar(120) not null,
    location varchar(200),
    capacity integer,
    retired  boolean      not null default false,
    version  bigint       not null default 0
);

alter table workshop_session add column room_id bigint references room (id);
create index workshop_session_room on workshop_session (room_id, starts_at);
