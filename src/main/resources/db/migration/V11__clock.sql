-- clock: the facts that start and stop statutory and local clocks. Clocks themselves are computed from these
-- events and the declarations in clocks/clock-definitions.yml; nothing computed is stored.
create table clock_event (
    id           bigint generated always as identity primary key,
    subject_type text not null check (subject_type in ('CHILD', 'PARTNERSHIP')),
    subject_id   bigint not null,
    event_type   text not null,
    occurred_at  timestamptz not null,
    reference    text,
    recorded_by  bigint not null,
    recorded_at  timestamptz not null
);
create index clock_event_subject on clock_event(subject_type, subject_id, occurred_at);
