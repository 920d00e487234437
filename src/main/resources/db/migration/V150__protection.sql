-- Child protection enquiries: immediate protection, strategy discussions, section 47 enquiries and partners'
-- requests for a conference (WT2023 chapter 3, seeds 000 lines 2726-2900).

create table emergency_action (
    id                     bigserial primary key,
    child_id               bigint not null,
    case_id                bigint,
    action_type            text not null check (action_type in ('EMERGENCY_PROTECTION_ORDER','POLICE_PROTECTION','OTHER')),
    other_description      text,
    agency_id              bigint not null references agency(id),
    taken_at               timestamptz not null,
    child_seen_by          text not null,
    legal_advice_obtained  boolean not null,
    legal_advice_detail    text,
    perpetrator_person_id  bigint,
    perpetrator_household  text,
    perpetrator_note       text,
    other_authority        text,
    other_authority_accepted_on date,
    other_authority_accepted_by text,
    police_protection_ended_at timestamptz,
    ended_late             boolean,
    followed_by_strategy_discussion_id bigint,
    recorded_by            text not null,
    recorded_at            timestamptz not null
);
create index emergency_action_by_child on emergency_action(child_id);

create table emergency_action_child (
    id                  bigserial primary key,
    emergency_action_id bigint not null references emergency_action(id),
    child_id            bigint not null,
    note                text not null
);

create table strategy_discussion (
    id                     bigserial primary key,
    case_id                bigint not null references case_file(id),
    child_id               bigint not null,
    held_at                timestamptz not null,
    format                 text not null check (format in ('MEETING','CALL','VIDEO','OTHER')),
    format_other           text,
    information_shared     text not null,
    section47              boolean not null,
    section47_rationale    text not null,
    criminal_investigation text not null check (criminal_investigation in ('NONE','JOINT','SINGLE_AGENCY')),
    criminal_lead_agency   text,
    legal_action           text,
    shared_with_family     text,
    withheld_from_family   text,
    withheld_reason        text,
    minimum_participation  boolean not null,
    missing_agency_reason  text,
    recorded_by            text not null,
    recorded_at            timestamptz not null
);
create index strategy_discussion_by_child on strategy_discussion(child_id);
create index strategy_discussion_by_case on strategy_discussion(case_id);

create table strategy_discussion_attendee (
    id                     bigserial primary key,
    strategy_discussion_id bigint not null references strategy_discussion(id),
    name                   text not null,
    agency_id              bigint references agency(id),
    agency_name            text not null,
    agency_type            text not null check (agency_type in ('LA_CHILDRENS_SOCIAL_CARE','POLICE','HEALTH','EDUCATION','PROBATION','HOUSING','VOLUNTARY_SECTOR')),
    role                   text,
    attended               boolean not null
);
create index strategy_discussion_attendee_by_sd on strategy_discussion_attendee(strategy_discussion_id);

create table strategy_discussion_action (
    id                     bigserial primary key,
    strategy_discussion_id bigint not null references strategy_discussion(id),
    what                   text not null,
    owner_id               bigint not null references app_user(id),
    due_on                 date not null,
    task_id                bigint
);

create table section47_enquiry (
    id                     bigserial primary key,
    case_id                bigint not null references case_file(id),
    child_id               bigint not null,
    strategy_discussion_id bigint not null references strategy_discussion(id),
    referral_id            bigint,
    started_at             timestamptz not null,
    lead_worker_id         bigint not null,
    outcome                text check (outcome in ('NOT_SUBSTANTIATED','SUBSTANTIATED')),
    next_step              text check (next_step in ('CIN_PLAN','OTHER_SUPPORT','NO_FURTHER_ACTION','INITIAL_CONFERENCE')),
    outcome_rationale      text,
    completed_on           date,
    outcome_recorded_by    text,
    referrer_told_to       text,
    referrer_told_at       timestamptz,
    referrer_told_how      text,
    referrer_notification_id bigint
);
create index section47_enquiry_by_child on section47_enquiry(child_id);
create index section47_enquiry_by_case on section47_enquiry(case_id);

create table conference_request (
    id                     bigserial primary key,
    section47_enquiry_id   bigint not null references section47_enquiry(id),
    child_id               bigint not null,
    agency_id              bigint not null references agency(id),
    requester_name         text not null,
    requested_by_user_id   bigint not null,
    requested_on           date not null,
    reasons                text not null,
    response               text check (response in ('AGREED','DECLINED')),
    response_reason        text,
    responded_on           date,
    responded_by           text,
    escalated_on           date,
    escalated_to           text,
    escalation_outcome     text
);
