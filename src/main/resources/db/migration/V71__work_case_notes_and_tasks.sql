-- work: notes on an open case (e.g. new information about a child whose case is open, seeds 003 line 1676) and
-- tasks for a worker (shown on their work tray).
create table case_note (
    id          bigint generated always as identity primary key,
    case_id     bigint not null references case_file(id),
    child_id    bigint not null,
    written_at  timestamptz not null,
    author      text not null,
    text        text not null
);
create index case_note_case on case_note(case_id);

create table task (
    id          bigint generated always as identity primary key,
    assigned_to bigint not null references app_user(id),
    child_id    bigint,
    case_id     bigint references case_file(id),
    title       text not null,
    detail      text,
    created_at  timestamptz not null,
    created_by  text not null,
    done_at     timestamptz
);
create index task_open on task(assigned_to) where done_at is null;
