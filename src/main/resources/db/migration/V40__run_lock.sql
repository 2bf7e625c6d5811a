-- Runs in progress (issue 9): one row per run kind and scope while a tiering run, brokering run or
-- finance check runs, so that a second one is refused by every instance on the shared database.
-- The holder renews renewed_at while it runs; a row not renewed within tierwise.run-lock.expiry
-- belongs to an instance that stopped, and the next run takes it over. See org.tierwise.runs.RunLocks.
create table run_lock (
    kind         varchar(20)  not null,
    scope        varchar(200) not null,
    owner        varchar(36)  not null,
    instance     varchar(300) not null,
    started_by   varchar(200) not null,
    acquired_at  timestamp with time zone not null,
    renewed_at   timestamp with time zone not null,
    primary key (kind, scope)
);
