-- People from the HR system's export (issue #16). A person's employee number in the HR system is how an import finds
-- them again, before their email or username; people typed in by hand have none.
alter table person add column employee_number varchar(40);
create unique index person_employee_number on person (employee_number);

-- What each API key may do: send customer responses for its units (every key made so far), or import people.
alter table api_key add column purpose varchar(20) default 'RESPONSES' not null;

-- The column mapping saved for each source of people files (an HR system's export), applied to its next files by name.
create sequence people_import_source_seq start with 50 increment by 50;

create table people_import_source (
    id             bigint primary key,
    name           varchar(120)  not null,
    column_mapping varchar(2000) not null,
    updated_at     timestamp     not null,
    constraint people_import_source_name unique (name)
);
