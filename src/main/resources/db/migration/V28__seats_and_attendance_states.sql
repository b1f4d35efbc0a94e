-- Seminar management (#17): an optional capacity per session with a waitlist in order, sessions opened to units for
-- self sign-up, cancellations by the invitee with a reason, and attendance as a state instead of a yes or no.
alter table workshop_session add column capacity integer;
alter table workshop_session add constraint workshop_session_capacity_positive check (capacity is null or capacity > 0);

-- Attendance: came, came for part of it, excused, did not come; null while nothing is recorded. Those marked present
-- came; those not marked in a held session did not; in a session not yet held nothing was recorded.
alter table session_invitee add column attendance varchar(20);
update session_invitee set attendance = 'ATTENDED' where attended = true;
update session_invitee set attendance = 'NO_SHOW'
    where attended = false and session_id in (select id from workshop_session where status = 'HELD');
alter table session_invitee drop column attended;
alter table session_invitee add constraint session_invitee_attendance_known
    check (attendance is null or attendance in ('ATTENDED', 'PARTLY_ATTENDED', 'EXCUSED', 'NO_SHOW'));

-- Who waits for a seat, in order (queue_no rises within a session); the first is promoted when a seat frees up.
create table session_waiting (
    session_id bigint    not null references workshop_session (id),
    person_id  bigint    not null references person (id),
    queue_no   integer   not null,
    since      timestamp not null,
    primary key (session_id, person_id)
);

-- An invitee who cancelled their seat or place in line, and why: shown to the facilitator.
create table session_cancellation (
    session_id   bigint        not null references workshop_session (id),
    person_id    bigint        not null references person (id),
    reason       varchar(1000) not null,
    cancelled_at timestamp     not null,
    primary key (session_id, person_id)
);

-- The units whose people may sign up for a session themselves.
create table session_open_unit (
    session_id bigint not null references workshop_session (id),
    unit_id    bigint not null references unit (id),
    primary key (session_id, unit_id)
);
create index session_open_unit_unit on session_open_unit (unit_id);
