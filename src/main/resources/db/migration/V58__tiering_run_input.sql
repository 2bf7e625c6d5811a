-- What each tiering run read and how recent it was (issue 17): per input, the schools it covers,
-- the release stages of results, how far the data runs and the files it came from.
create table tiering_run_input (
    run_id      bigint        not null references tiering_run (id),
    position    integer       not null,
    input       varchar(100)  not null,
    schools     integer       not null,
    releases    varchar(200),
    as_at       date,
    files       varchar(4000),
    primary key (run_id, position)
);
