-- Each stored reason, finding or missing input names the data it rests on: the file and line (or
-- "constructed: ...") of every fact its rule matched that was read from data (issue 17).
alter table tiering_detail add column data_sources varchar(2000);
