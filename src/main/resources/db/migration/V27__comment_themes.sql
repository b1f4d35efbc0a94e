-- Comment themes (issue #18): each customer comment's themes from content/themes.json, with praise or complaint where
-- the comment shows it. themes_read marks the responses already read; the responses stored before this version (and
-- those a bulk import adds) are read afterwards in batches by CommentThemeBackfill, which resumes where it stopped.
alter table customer_response add column themes_read boolean default false not null;
update customer_response set themes_read = true where comment is null;
create index customer_response_themes_unread on customer_response (themes_read, id);

create table customer_response_theme (
    response_id bigint      not null references customer_response (id) on delete cascade,
    theme       varchar(20) not null,
    sentiment   varchar(10),
    primary key (response_id, theme),
    constraint customer_response_theme_theme check (theme in ('WAITING', 'FRIENDLINESS', 'EXPERTISE', 'BOUNCED',
        'PROMISES', 'COMMUNICATION', 'SYSTEMS', 'WORKLOAD', 'PROCESSES', 'FACILITIES')),
    constraint customer_response_theme_sentiment check (sentiment is null or sentiment in ('PRAISE', 'COMPLAINT'))
);
create index customer_response_theme_by_theme on customer_response_theme (theme, response_id);

insert into job_lease (name) values ('comment-themes');
