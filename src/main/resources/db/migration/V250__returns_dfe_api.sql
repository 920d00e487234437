-- DfE children's social care API push (returns module, DfeApi*). The ledger tables are append-only: a run is one
-- row when it starts and one row when it ends; the trigger refuses UPDATE and DELETE, as the audit tables do.
create table dfe_api_push (
    id          bigserial primary key,
    started_at  timestamptz not null,
    started_by  varchar(200) not null,          -- a user's description, or 'scheduled'
    window_from date not null,                  -- the facts read cover [window_from, the push day]
    endpoint    varchar(500) not null,
    la_code     varchar(3) not null
);

create table dfe_api_push_end (
    push_id         bigint primary key references dfe_api_push (id),
    finished_at     timestamptz not null,
    status          varchar(30) not null,       -- SUCCEEDED, PARTLY_FAILED, FAILED, NOTHING_TO_SEND
    children_sent   int not null,
    children_purged int not null,
    children_invalid int not null,
    message         text
);

create table dfe_api_batch (
    id           bigserial primary key,
    push_id      bigint not null references dfe_api_push (id),
    batch_number int not null,
    children     int not null,
    http_status  int,                           -- null when the endpoint could not be reached
    attempts     int not null,
    receipt      jsonb,                         -- the DfE Receipt (a uuid string) as JSON, when answered 200
    error        text,
    sent_at      timestamptz not null
);
create index dfe_api_batch_push on dfe_api_batch (push_id);

create table dfe_api_invalid_child (
    id          bigserial primary key,
    push_id     bigint not null references dfe_api_push (id),
    child_id    bigint not null,
    la_child_id varchar(40) not null,
    messages    jsonb not null                  -- the schema validator's messages, each naming the property
);
create index dfe_api_invalid_child_push on dfe_api_invalid_child (push_id);

create function dfe_api_ledger_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the DfE API ledger is append-only: % on % is not allowed', tg_op, tg_table_name;
end;
$$;
create trigger dfe_api_push_append_only before update or delete on dfe_api_push
    for each row execute function dfe_api_ledger_is_append_only();
create trigger dfe_api_push_end_append_only before update or delete on dfe_api_push_end
    for each row execute function dfe_api_ledger_is_append_only();
create trigger dfe_api_batch_append_only before update or delete on dfe_api_batch
    for each row execute function dfe_api_ledger_is_append_only();
create trigger dfe_api_invalid_child_append_only before update or delete on dfe_api_invalid_child
    for each row execute function dfe_api_ledger_is_append_only();

-- What the DfE holds for each child (kept up to date, not a ledger): the hash of the item last accepted, the items
-- (episodes, assessments, plans, enquiries) it contained, and whether the child has been purged since.
create table dfe_api_sent_child (
    child_id    bigint primary key,
    la_child_id varchar(40) not null,
    item_hash   varchar(64) not null,
    items       jsonb not null,                 -- [{"type":"assessment","id":"SGS4","episode":"SGC12"}, ...]
    purged      boolean not null default false,
    push_id     bigint not null references dfe_api_push (id),
    sent_at     timestamptz not null
);
