-- A tiering run withdrawn by a commissioning group (issue 15), with who, when and why. The run stays
-- stored and readable as written; a withdrawn run no longer gives any school its current tier, is
-- not brokered from and carries no override forward. One row per withdrawn run, never updated.
-- Plain portable types: the same script runs on H2 and PostgreSQL.
create table tiering_run_withdrawal (
    run_id              bigint        not null primary key references tiering_run (id),
    reason              varchar(2000) not null,
    withdrawn_by        varchar(100)  not null,
    withdrawn_at        timestamp     not null
);
