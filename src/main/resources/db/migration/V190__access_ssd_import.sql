-- access: what the SSD holds about teams (ssd_department) and professionals (ssd_professionals) that Safeguard did
-- not, kept so an export gives back the rows imported (docs/SSD-FORMAT.md).
alter table team
    add column parent_team_id   bigint references team(id),
    -- the parent as the file names it (it may be no team of ours, e.g. a directorate); parent_team_id when it is
    add column parent_ssd_id    text,
    add column parent_name      text;

alter table app_user
    add column staff_id                  text,
    add column registration_number       text,
    add column job_title                 text,
    add column caseload                  int,
    add column full_time_equivalency     numeric,
    add column agency_worker             boolean;
create unique index app_user_staff_id on app_user(staff_id) where staff_id is not null;
