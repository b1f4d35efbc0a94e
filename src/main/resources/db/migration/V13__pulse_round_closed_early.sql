-- HR can close an open round before its planned closing day; the day it was closed is kept beside the planned one.
alter table pulse_round add column closed_early_on date;
