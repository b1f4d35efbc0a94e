-- Titles and summaries may also be written in Swedish (LocalizedText); where one is not, readers see the English.
alter table learning_module add column title_sv varchar(200);
alter table learning_module add column summary_sv varchar(1000);
alter table learning_track add column title_sv varchar(200);
alter table learning_track add column summary_sv varchar(1000);
alter table workshop_guide add column title_sv varchar(200);
alter table workshop_guide add column summary_sv varchar(1000);
