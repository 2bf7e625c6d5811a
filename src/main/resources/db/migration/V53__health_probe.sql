-- One row the health check rewrites (issue 15): a database that can be read but not written, as on
-- a full disk, is reported down instead of up. Plain portable types: the same script runs on H2
-- and PostgreSQL.
create table health_probe (
    id integer primary key,
    checked_at timestamp not null
);
insert into health_probe (id, checked_at) values (1, current_timestamp);
