-- A near miss (kind NEAR_MISS) keeps the margin by which the school met the standard's closest
-- condition, and whether that is within the dated near-miss parameter, so a run can list the
-- schools close to each threshold (issue 17).
alter table tiering_detail add column margin double precision;
alter table tiering_detail add column within_margin boolean;
create index tiering_detail_near_miss on tiering_detail (run_id, kind, within_margin);
