-- Employee pulse surveys on the six internal factors. Answers carry no link to the person who gave them: who has
-- answered is kept apart (only to stop answering twice), and neither table records when an answer was given.
create sequence pulse_round_seq start with 50 increment by 50;
create sequence pulse_answer_seq start with 50 increment by 50;

create table pulse_round (
    id         bigint primary key,
    title      varchar(200) not null,
    opens_on   date         not null,
    closes_on  date         not null,
    created_by bigint references person (id),
    created_at timestamp    not null,
    constraint pulse_round_period check (closes_on >= opens_on)
);

create table pulse_round_unit (
    round_id bigint not null references pulse_round (id),
    unit_id  bigint not null references unit (id),
    primary key (round_id, unit_id)
);

create table pulse_participation (
    round_id  bigint not null references pulse_round (id),
    person_id bigint not null references person (id),
    primary key (round_id, person_id)
);

create table pulse_answer (
    id       bigint primary key,
    round_id bigint        not null references pulse_round (id),
    unit_id  bigint        not null references unit (id),
    scores   varchar(40)   not null,
    enps     integer       not null,
    comment  varchar(2000),
    constraint pulse_answer_enps check (enps between 0 and 10)
);
create index pulse_answer_round_unit on pulse_answer (round_id, unit_id);
