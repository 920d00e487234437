-- Conferences, plans and visits imported from the SSD (ssd_initial_cp_conference, ssd_cp_plans, ssd_cp_visits,
-- ssd_cp_reviews; docs/SSD-FORMAT.md). The SSD names no chair and no lead social worker for a plan: both may be
-- unknown for an imported record. The SSD's own fields are kept so an export gives back what came in.
alter table cp_conference alter column chair_id drop not null;
alter table cp_conference
    add column ssd_import_id        text,
    add column ssd_meeting_id       text,
    add column section47_enquiry_id bigint,
    add column referral_id          bigint,
    add column due_on               date,
    add column ssd_transfer_in      boolean,
    add column ssd_outcome_cp_flag  boolean,
    add column ssd_outcome_flags    text[],
    add column ssd_plan_ref         text,
    add column team_id              bigint,
    add column worker_id            bigint,
    add column quorate              boolean,
    add column child_participated   boolean;
create index cp_conference_plan_id on cp_conference(plan_id);

alter table cp_plan alter column lead_social_worker_id drop not null;
alter table cp_plan
    add column ssd_import_id text,
    add column referral_id   bigint,
    add column other_la      boolean;

alter table cp_visit
    add column ssd_import_id text,
    add column bedroom_seen  boolean;
