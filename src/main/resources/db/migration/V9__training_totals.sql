-- Staff-track completion per unit and month, kept beside unit_month_result so that the insight dashboard reads a few
-- thousand pre-summed rows instead of every completion. Derived data: insight's TrainingTotals recounts a unit's rows
-- whenever a module is completed or a person's unit, roles or activity change, and this statement fills it once.
create table unit_month_completion (
    unit_id     bigint      not null references unit (id),
    month_start date        not null,
    module_id   varchar(80) not null,
    completions integer     not null,
    primary key (unit_id, month_start, module_id)
);

insert into unit_month_completion (unit_id, month_start, module_id, completions)
select p.unit_id, cast(date_trunc('month', mp.completed_at) as date), mp.module_id, count(*)
from module_progress mp
join person p on p.id = mp.person_id
where mp.completed_at is not null
  and p.active = true
  and exists (select 1 from person_role r where r.person_id = p.id and r.role = 'EMPLOYEE')
group by p.unit_id, cast(date_trunc('month', mp.completed_at) as date), mp.module_id;

-- The dashboard counts each unit's workshop commitments through their sessions.
create index commitment_session on commitment (session_id);
