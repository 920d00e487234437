-- Imports run in the background (or from the command line, in another process): the file being read, when progress
-- was last written (a RUNNING import not heard from for a minute has stopped), the files Safeguard does not read.
alter table ssd_import add column current_file text;
alter table ssd_import add column updated_at timestamptz;
alter table ssd_import add column ignored_files jsonb not null default '[]';
alter table ssd_import add column started_by_username text;
create index ssd_import_started on ssd_import(started_at desc);
