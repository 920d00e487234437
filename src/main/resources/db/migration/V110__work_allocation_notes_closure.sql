-- work: allocation of the lead practitioner with their agreement (WT2023 para 156, seeds 000 line 2255), the history of
-- lead practitioners with handover notes (DOMAIN.md section 5, Allocation; seeds 003 lines 2188 and 2225), typed case
-- notes with significant events, and step-down to early help at closure.

create table allocation_proposal (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references case_file(id),
    child_id           bigint not null,
    worker_id          bigint not null references app_user(id),
    previous_worker_id bigint references app_user(id),
    proposed_by        bigint not null references app_user(id),
    proposed_at        timestamptz not null,
    handover_note      text,
    status             text not null default 'PENDING' check (status in ('PENDING', 'AGREED', 'DECLINED', 'WITHDRAWN')),
    decided_at         timestamptz,
    decline_reason     text,
    check (status <> 'DECLINED' or decline_reason is not null),
    check (previous_worker_id is null or handover_note is not null)
);
-- one pending proposal per case
create unique index allocation_proposal_one_pending on allocation_proposal(case_id) where status = 'PENDING';
create index allocation_proposal_pending_worker on allocation_proposal(worker_id) where status = 'PENDING';

-- every lead practitioner a case has had; previous_worker_id is set when this allocation changed the lead practitioner
create table case_allocation (
    id                 bigint generated always as identity primary key,
    case_id            bigint not null references case_file(id),
    child_id           bigint not null,
    worker_id          bigint not null references app_user(id),
    previous_worker_id bigint references app_user(id),
    allocated_at       timestamptz not null,
    allocated_by       text not null,
    proposal_id        bigint references allocation_proposal(id),
    handover_note      text,
    check (previous_worker_id is null or handover_note is not null)
);
create index case_allocation_case on case_allocation(case_id);
create index case_allocation_child on case_allocation(child_id);
create index case_allocation_changes on case_allocation(allocated_at) where previous_worker_id is not null;

-- cases allocated before the history was kept: their allocation at opening is their first
insert into case_allocation(case_id, child_id, worker_id, allocated_at, allocated_by)
select id, child_id, allocated_worker_id, opened_at, 'Allocated when the case opened'
  from case_file where allocated_worker_id is not null;

alter table case_note
    add column note_type text not null default 'OTHER'
        check (note_type in ('VISIT', 'PHONE_CALL', 'MEETING', 'SUPERVISION', 'MANAGEMENT_OVERSIGHT', 'OTHER')),
    add column occurred_at timestamptz,
    add column significant boolean not null default false,
    add column not_shared_with_family boolean not null default false,
    add column not_shared_reason text,
    add column author_id bigint;
update case_note set occurred_at = written_at;
alter table case_note alter column occurred_at set not null;
alter table case_note add constraint case_note_not_shared_reason check (not not_shared_with_family or not_shared_reason is not null);
create index case_note_significant on case_note(child_id) where significant;

alter table case_file
    add column closed_by text,
    add column stepped_down_to_early_help boolean not null default false;
create index case_file_closed on case_file(closed_at) where closed_at is not null;
