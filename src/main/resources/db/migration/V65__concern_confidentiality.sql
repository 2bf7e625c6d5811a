-- A concern's confidentiality: STANDARD concerns are read by every officer; the note of a
-- SAFEGUARDING concern only by users with the SAFEGUARDING role, and never written into a run's
-- reasons or an export. Every concern of the kind SAFEGUARDING is confidential, those held already too.
alter table local_intelligence add column confidentiality varchar(20) default 'STANDARD' not null;
update local_intelligence set confidentiality = 'SAFEGUARDING' where kind = 'SAFEGUARDING';
