-- childinneed: child in need plans inside a child-in-need case (episode), WT2023 paras 177-183 (seeds 000 lines
-- 2362-2378) and the chapter 3 descriptor (line 2578). Columns follow the SSD objects ssd_cin_plans (cinp_*) and
-- ssd_cin_visits (cinv_*); the SSD name is given beside each column for the export.
create table cin_plan (
    id          bigint generated always as identity primary key,   -- cinp_cin_plan_id (CINP001A)
    case_id     bigint not null references case_file(id),         -- the CIN episode: cinp_referral_id (CINP007A)
    person_id   bigint not null,                                  -- cinp_person_id (CINP002A)
    start_date  date not null,                                    -- cinp_cin_plan_start_date (CINP003A)
    started_at  timestamptz not null,                             -- the moment the plan's review clock starts
    end_date    date,                                             -- cinp_cin_plan_end_date (CINP004A)
    ended_at    timestamptz,
    end_reason  text check (end_reason in ('CHILD_PROTECTION_PLAN', 'LOOKED_AFTER', 'NO_LONGER_IN_NEED',
                                           'STEPPED_DOWN_TO_EARLY_HELP', 'REACHED_ADULTHOOD', 'MOVED_TO_ANOTHER_AUTHORITY', 'OTHER')),
    end_note    text,
    team_id     bigint references team(id),                       -- cinp_cin_plan_team (CINP005A)
    worker_id   bigint references app_user(id),                   -- cinp_cin_plan_worker_id (CINP006A)
    created_by  bigint not null,
    version     int not null default 0,
    check ((end_date is null) = (end_reason is null)),
    check (end_date is null or end_date >= start_date)
);
-- One open plan per case; the SSD: "a child can have one, more than one or no CIN plan(s) - but only one at a time".
create unique index cin_plan_one_open_per_case on cin_plan(case_id) where end_date is null;
create index cin_plan_person on cin_plan(person_id);

create table cin_plan_need (
    id          bigint generated always as identity primary key,
    plan_id     bigint not null references cin_plan(id),
    description text not null,
    added_at    timestamptz not null,
    added_by    bigint not null
);
create index cin_plan_need_plan on cin_plan_need(plan_id);

create table cin_plan_action (
    id              bigint generated always as identity primary key,
    plan_id         bigint not null references cin_plan(id),
    description     text not null,
    owner_user_id   bigint references app_user(id),
    owner_name      text,
    owner_agency    text,
    due_date        date not null,
    status          text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_DONE')),
    progress_note   text,
    added_at        timestamptz not null,
    updated_at      timestamptz not null,
    version         int not null default 0,
    check (owner_user_id is not null or (owner_name is not null and owner_agency is not null))
);
create index cin_plan_action_plan on cin_plan_action(plan_id);

create table cin_plan_review (
    id               bigint generated always as identity primary key,
    plan_id          bigint not null references cin_plan(id),
    review_date      date not null,
    reviewed_at      timestamptz not null,
    attendees        text not null,
    progress_summary text not null,
    decision         text not null check (decision in ('CONTINUE', 'END_PLAN', 'STEP_UP')),
    next_review_date date,
    recorded_by      bigint not null,
    recorded_at      timestamptz not null
);
create index cin_plan_review_plan on cin_plan_review(plan_id);

create table cin_visit (
    id          bigint generated always as identity primary key,  -- cinv_cin_visit_id (CINV001A)
    plan_id     bigint not null references cin_plan(id),
    person_id   bigint not null,                                  -- cinv_person_id (CINV007A)
    visited_at  timestamptz not null,                             -- cinv_cin_visit_date (CINV003A)
    seen        boolean not null,                                 -- cinv_cin_visit_seen (CINV004A)
    seen_alone  boolean,                                          -- cinv_cin_visit_seen_alone (CINV005A)
    bedroom_seen boolean,                                         -- cinv_cin_visit_bedroom (CINV006A)
    with_whom   text,
    location    text,
    note        text,
    recorded_by bigint not null,
    recorded_at timestamptz not null,
    check (seen or seen_alone is null or not seen_alone)
);
create index cin_visit_plan on cin_visit(plan_id);
create index cin_visit_person on cin_visit(person_id);
