-- A person's own time zone (an IANA name such as Europe/Stockholm), in which the pages they read show times; none
-- means the organisation's zone (KOHTAAMO_ZONE).
alter table person add column time_zone varchar(64);
