-- An assignment may be due a number of days after it reaches each person instead of on one date; a person's
-- reach into a unit's assignments starts when they joined the unit (until now: when they were created).
alter table assignment add column due_days integer;
alter table person add column unit_since timestamp;
update person set unit_since = created_at;
