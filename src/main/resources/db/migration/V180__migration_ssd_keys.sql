-- The migration module's map from SSD ids to Safeguard's own records (issue 6). One SSD id may name records of
-- several kinds (a cine_referral_id names a referral and its case). Rows imported before are skipped on re-import.
create table ssd_key (
    kind          text   not null,
    ssd_id        text   not null,
    local_id      bigint not null,
    person_ssd_id text,
    import_id     text,
    primary key (kind, ssd_id)
);
create index ssd_key_local on ssd_key(kind, local_id);

-- Imports run (API, UI or command line): progress while running, the outcome and every error after.
create table ssd_import (
    id                    text primary key,
    status                text not null check (status in ('RUNNING', 'SUCCEEDED', 'FAILED')),
    source_name           text,
    started_at            timestamptz not null,
    finished_at           timestamptz,
    started_by            text not null,
    rows_read             bigint not null default 0,
    rows_total            bigint not null default 0,
    rows_already_imported bigint not null default 0,
    error_count           bigint not null default 0,
    errors                jsonb not null default '[]',
    rows_written          jsonb not null default '{}'
);
