-- Who runs a background job now, and until when: on a cluster, the node that holds a job's lease runs it and the others
-- leave it alone; a lease not renewed in time (its node stopped) passes to the next node that asks.
create table job_lease (
    name       varchar(100) primary key,
    holder     varchar(200),
    held_until timestamp
);

insert into job_lease (name) values ('mail-delivery');
insert into job_lease (name) values ('survey-invitations');
insert into job_lease (name) values ('survey-import-sweep');

-- Each survey import has its own lease, held by the node checking or importing it.
insert into job_lease (name) select 'survey-import-' || cast(id as varchar(20)) from survey_import;
