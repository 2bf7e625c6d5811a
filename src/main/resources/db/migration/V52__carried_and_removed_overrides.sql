-- Overrides carried forward (issue 15). A new run copies, for each of its schools, the override in
-- force in the run that gave the school its current tier, keeping the officer's tier, reason, name
-- and time; carried_from_run names the run the officer recorded it in (null for an override
-- recorded in its own run). An override is removed by a row with removed = true naming who removed
-- it, when and why: the history stays, and the latest row for a school in a run is in force.
-- Plain portable types: the same script runs on H2 and PostgreSQL.
alter table tier_override add column carried_from_run bigint;
alter table tier_override add constraint tier_override_carried_from
    foreign key (carried_from_run) references tiering_run (id);
alter table tier_override add column removed boolean default false not null;
