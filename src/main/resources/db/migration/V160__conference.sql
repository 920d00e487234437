-- conference: child protection conferences (initial, review, pre-birth, transfer-in), child protection plans, their
-- actions and versions, core groups, visits, ending and pre-proceedings (WT2023 chapter 3, seeds 000 lines 2895-3100).

-- Category of abuse: descriptions copied verbatim from standards/ssd/categories/category_of_abuse.yml (ssd095);
-- codes are the CIN census codes. 'Multiple' is not in the yml: DOMAIN.md section 5 and the CIN census list it.
create table ref_category_of_abuse (code text primary key, description text not null, sort_order int not null);
insert into ref_category_of_abuse (code, description, sort_order) values
    ('NEG', 'Neglect', 1),
    ('PHY', 'Physical Abuse', 2),
    ('EMO', 'Emotional Abuse', 3),
    ('SAB', 'Sexual Abuse', 4),
    ('MUL', 'Multiple', 5);

-- The receiving authority is notified that a child on another authority's plan has moved in (000 line 3036).
create table cp_transfer_in (
    id            bigint generated always as identity primary key,
    child_id      bigint not null,
    notified_at   timestamptz not null,
    from_authority text not null,
    recorded_by   text not null,
    recorded_at   timestamptz not null
);
create index cp_transfer_in_child on cp_transfer_in(child_id);

create table cp_conference (
    id                    bigint generated always as identity primary key,
    child_id              bigint not null,
    case_id               bigint,
    kind                  text not null check (kind in ('INITIAL', 'REVIEW', 'PRE_BIRTH', 'TRANSFER_IN')),
    plan_id               bigint,
    transfer_in_id        bigint references cp_transfer_in(id),
    scheduled_at          timestamptz not null,
    venue                 text,
    online                boolean not null default false,
    chair_id              bigint not null references app_user(id),
    invitees              jsonb not null default '[]',
    invitations_sent_on   date,
    papers_sent_on        date,
    eighteenth_birthday_review boolean not null default false,
    -- the outcome, once held
    held_at               timestamptz,
    attendance            jsonb not null default '[]',
    reports               jsonb not null default '[]',
    child_views           text,
    decision              text check (decision in ('PLAN', 'NO_PLAN', 'CONTINUE', 'CHANGE', 'END')),
    category              text references ref_category_of_abuse(code),
    lead_body             text check (lead_body in ('LA', 'NSPCC')),
    lead_social_worker_id bigint references app_user(id),
    core_group            jsonb not null default '[]',
    outline_plan          text,
    recommendations       text,
    household_considered  jsonb not null default '[]',
    outcome_recorded_by   text,
    outcome_recorded_at   timestamptz,
    created_by            text not null,
    created_at            timestamptz not null
);
create index cp_conference_child on cp_conference(child_id);

create table cp_plan (
    id                     bigint generated always as identity primary key,
    child_id               bigint not null,
    case_id                bigint,
    conference_id          bigint not null references cp_conference(id),
    started_on             date not null,
    initial_category       text not null references ref_category_of_abuse(code),
    latest_category        text not null references ref_category_of_abuse(code),
    lead_body              text not null,
    lead_social_worker_id  bigint not null references app_user(id),
    core_group             jsonb not null default '[]',
    outline_plan           text,
    previous_plans         int not null,
    ended_on               date,
    end_reason             text check (end_reason in ('NO_LONGER_AT_RISK', 'MOVED_TO_ANOTHER_LA', 'REACHED_18', 'DIED', 'LEFT_UK')),
    other_la_conference_on date,
    end_note               text,
    version                int not null default 1
);
create index cp_plan_child on cp_plan(child_id);
create index cp_plan_case on cp_plan(case_id);
alter table cp_conference add constraint cp_conference_plan foreign key (plan_id) references cp_plan(id);

-- Every change to a plan makes a new version; versions are kept (what the plan said, who changed it, when).
create table cp_plan_version (
    plan_id   bigint not null references cp_plan(id),
    version   int not null,
    made_at   timestamptz not null,
    made_by   text not null,
    what      text not null,
    snapshot  jsonb not null,
    primary key (plan_id, version)
);

create table cp_plan_action (
    id        bigint generated always as identity primary key,
    plan_id   bigint not null references cp_plan(id),
    agency    text not null,
    what      text not null,
    who       text not null,
    by_when   date not null,
    measure   text not null,
    status    text not null check (status in ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'NOT_ACHIEVED'))
);
create index cp_plan_action_plan on cp_plan_action(plan_id);

create table cp_core_group (
    id              bigint generated always as identity primary key,
    plan_id         bigint not null references cp_plan(id),
    met_on          date not null,
    attendees       jsonb not null,
    absentee_views  jsonb not null default '[]',
    decisions       text not null,
    recorded_by     text not null,
    recorded_at     timestamptz not null
);
create index cp_core_group_plan on cp_core_group(plan_id);

create table cp_visit (
    id          bigint generated always as identity primary key,
    plan_id     bigint not null references cp_plan(id),
    visited_at  timestamptz not null,
    seen        boolean not null,
    seen_alone  boolean not null,
    visitor     text not null,
    note        text,
    recorded_by text not null,
    recorded_at timestamptz not null,
    check (seen or not seen_alone)
);
create index cp_visit_plan on cp_visit(plan_id);

-- Who was told that the plan ended: every agency invited to the initial conference (000 line 3041).
create table cp_plan_end_notice (
    plan_id         bigint not null references cp_plan(id),
    agency          text not null,
    to_email        text,
    notification_id bigint not null
);

create table cp_pre_proceedings (
    plan_id                   bigint primary key references cp_plan(id),
    letters                   jsonb not null default '[]',
    legal_planning_meeting_on date,
    legal_planning_decision   text,
    fgc_offered_on            date,
    fgc_held_on               date,
    outcome                   text,
    recorded_by               text not null,
    recorded_at               timestamptz not null
);
