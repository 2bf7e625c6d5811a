-- How many schools of the run's scope a tiering run left out because they are not state-funded
-- schools (independent, non-maintained special, other provision: issue 16), and why, by governance.
-- Runs stored before this column say 0. Plain portable types: the same script runs on H2 and PostgreSQL.
alter table tiering_run add column not_tiered integer default 0 not null;
alter table tiering_run add column not_tiered_reason varchar(1000);
