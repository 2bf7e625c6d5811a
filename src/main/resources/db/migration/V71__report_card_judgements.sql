-- Ofsted report cards (inspections from 10 November 2025): each evaluation area on the five-point
-- scale (ReportCardGrade names) and safeguarding met or not met. Inspections from 2 September 2024
-- to 9 November 2025 keep their key judgements with no overall grade (overall_effectiveness null).
alter table inspection add column inclusion varchar(20);
alter table inspection add column curriculum_and_teaching varchar(20);
alter table inspection add column achievement varchar(20);
alter table inspection add column attendance_and_behaviour varchar(20);
alter table inspection add column personal_development_and_wellbeing varchar(20);
alter table inspection add column leadership_and_governance varchar(20);
alter table inspection add column early_years varchar(20);
alter table inspection add column sixth_form varchar(20);
alter table inspection add column safeguarding_met boolean;
