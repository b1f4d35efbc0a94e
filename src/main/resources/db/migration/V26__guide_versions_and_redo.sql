-- Curriculum versions (#17). Workshop guides keep every version from now on, as modules always have: the guide's
-- files as JSON, so that HR can read what changed between two versions. Guides that exist when this runs get their
-- first version at the next start, from the content then on disk.
create sequence guide_version_seq start with 50 increment by 50;

create table guide_version (
    id           bigint primary key,
    guide_id     varchar(80)      not null references workshop_guide (id),
    number       integer          not null,
    label        varchar(40)      not null,
    content_hash varchar(64)      not null,
    content      varchar(1000000) not null,
    created_at   timestamp        not null,
    constraint guide_version_number_unique unique (guide_id, number)
);

-- A progress HR opened so that a person redoes a module whose major version they completed earlier: it names the
-- completion it redoes (which stays, as history) and who asked.
alter table module_progress add column redo_of bigint references module_progress (id);
alter table module_progress add column redo_asked_by bigint references person (id);
create index module_progress_module on module_progress (module_id);
