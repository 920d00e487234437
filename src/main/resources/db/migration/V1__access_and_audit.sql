-- access: agencies, teams, users. Deny by default: a user's role names what they may do.
create table agency (
    id          bigint generated always as identity primary key,
    code        text not null unique,
    name        text not null,
    agency_type text not null check (agency_type in ('LA_CHILDRENS_SOCIAL_CARE','POLICE','HEALTH','EDUCATION','PROBATION','HOUSING','VOLUNTARY_SECTOR'))
);

create table team (
    id        bigint generated always as identity primary key,
    name      text not null unique,
    agency_id bigint not null references agency(id)
);

create table app_user (
    id            bigint generated always as identity primary key,
    username      text not null unique,
    display_name  text not null,
    role          text not null,
    agency_id     bigint not null references agency(id),
    team_id       bigint references team(id),
    password_hash text,
    active        boolean not null default true,
    created_at    timestamptz not null default now()
);

-- audit: append-only. The trigger below refuses UPDATE and DELETE on every audit table.
create table audit_event (
    id             bigint generated always as identity primary key,
    recorded_at    timestamptz not null,
    occurred_at    timestamptz not null,
    actor_user_id  bigint not null,
    actor_username text not null,
    actor          text not null,
    child_id       bigint,
    subject_type   text not null,
    subject_id     text not null,
    action         text not null,
    summary        text not null,
    before_values  jsonb,
    after_values   jsonb
);
create index audit_event_child on audit_event(child_id, occurred_at desc);

create table record_view (
    id             bigint generated always as identity primary key,
    viewed_at      timestamptz not null,
    actor_user_id  bigint not null,
    actor_username text not null,
    actor          text not null,
    child_id       bigint not null,
    what           text not null
);
create index record_view_child on record_view(child_id, viewed_at desc);

create table access_denial (
    id             bigint generated always as identity primary key,
    attempted_at   timestamptz not null,
    actor_user_id  bigint not null,
    actor_username text not null,
    actor          text not null,
    child_id       bigint,
    what           text not null
);

create function audit_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit trail is append-only: % on % is not allowed', tg_op, tg_table_name;
end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_is_append_only();
create trigger record_view_append_only before update or delete on record_view
    for each row execute function audit_is_append_only();
create trigger access_denial_append_only before update or delete on access_denial
    for each row execute function audit_is_append_only();

-- access to a child's record: partners see children linked to their agency; restricted records only named users.
create table child_agency_link (
    child_id  bigint not null,
    agency_id bigint not null references agency(id),
    reason    text not null check (reason in ('REFERRED','INVOLVED')),
    linked_at timestamptz not null default now(),
    primary key (child_id, agency_id, reason)
);

create table restricted_record (
    child_id      bigint primary key,
    reason        text not null,
    restricted_by bigint not null references app_user(id),
    restricted_at timestamptz not null default now()
);

create table restricted_record_user (
    child_id bigint not null references restricted_record(child_id),
    user_id  bigint not null references app_user(id),
    primary key (child_id, user_id)
);
