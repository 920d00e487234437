-- work: lead-practitioner allocations imported from ssd_involvements: when each ended, the team, the role and the
-- reason for the change of worker, kept so they export back as imported (docs/SSD-FORMAT.md).
alter table case_allocation
    add column ended_at        timestamptz,
    add column team_id         bigint references team(id),
    add column ssd_role        text,
    add column change_reason   text,
    -- the start date as the file gives it (allocated_at is not before the case opened)
    add column ssd_start_date  date;
