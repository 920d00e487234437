-- work: open cases and their allocation. Every open case has one lead practitioner (DOMAIN.md section 5,
-- Allocation); the version column guards concurrent re-allocation.
create table case_file (
    id                  bigint generated always as identity primary key,
    child_id            bigint not null,
    kind                text not null check (kind in ('CONTACT', 'EARLY_HELP', 'CHILD_IN_NEED', 'CHILD_PROTECTION')),
    opened_at           timestamptz not null,
    closed_at           timestamptz,
    allocated_worker_id bigint references app_user(id),
    team_id             bigint references team(id),
    version             int not null default 0,
    check (closed_at is null or closed_at >= opened_at)
);
create index case_file_open_child on case_file(child_id) where closed_at is null;
create index case_file_open_worker on case_file(allocated_worker_id) where closed_at is null;
create index case_file_open_team on case_file(team_id) where closed_at is null;
