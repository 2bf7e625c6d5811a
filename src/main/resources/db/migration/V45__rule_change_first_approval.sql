-- A rule change found on disk (proposed by "system": edited while the service was stopped, or seen
-- by the directory watcher) has no accountable author, so it needs two distinct POLICY approvers:
-- the first is recorded here and the change stays pending until a second, different user approves.
ALTER TABLE rule_change ADD COLUMN first_approved_by VARCHAR(200);
ALTER TABLE rule_change ADD COLUMN first_approved_at TIMESTAMP WITH TIME ZONE;
