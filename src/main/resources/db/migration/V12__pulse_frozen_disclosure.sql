-- What a pulse round's disclosure depends on is fixed per round, so two visits across a change can never be compared
-- to isolate a group. The anonymity threshold in force when a round opens stays the round's; rounds opened before
-- this get the setting of today (never below 3).
alter table pulse_round add column anonymity_threshold integer;
update pulse_round set anonymity_threshold = greatest(3, coalesce(
    (select cast(setting_value as integer) from setting where name = 'pulse.threshold'), 5));
alter table pulse_round alter column anonymity_threshold set not null;

-- The unit tree as it was when a closed round's results were first read: every unit, its parent, and whether it is a
-- customer-facing unit the views keep shown where they can. Written once, never changed, so later moves of units do
-- not change which of the round's figures are shown. Answers carry the answerer's unit at answering already.
create table pulse_round_tree (
    round_id  bigint  not null references pulse_round (id),
    unit_id   bigint  not null,
    parent_id bigint,
    kept      boolean not null,
    primary key (round_id, unit_id)
);
