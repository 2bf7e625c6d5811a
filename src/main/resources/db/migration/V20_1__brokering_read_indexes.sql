-- Indexes for reading brokering runs back: a school's latest run (GET /api/schools/{urn}/recommendation
-- looks it up on every request), a school's deployments, and a run's allocated matches.

create index brokering_need_urn_run on brokering_need (urn, run_id);
create index deployment_urn on deployment (urn);
create index brokering_candidate_run_allocated on brokering_candidate (run_id, allocated);
