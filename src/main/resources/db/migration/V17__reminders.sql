-- Reminders and digests by mail. A person may turn them off (workshop invitations still come).
alter table person add column reminders_off boolean default false not null;

-- One row per event a reminder was mailed for (say "overdue:<person>:<module>:<due date>"), written in the same
-- transaction as the mail in the outbox: a second run of the job, on this node or another, finds the key and sends
-- nothing, and two nodes racing for the same event cannot both commit it.
create table reminder_sent (
    event_key varchar(200) primary key,
    sent_on   date not null
);

-- The node that holds this lease runs the reminder job.
insert into job_lease (name) values ('reminders');
