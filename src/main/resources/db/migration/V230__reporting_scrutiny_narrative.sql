-- The scrutiny pack's commentary: a short narrative per indicator per month, written by a team manager or a
-- performance analyst and shown on the dashboard and in the PDF pack (issue 7). Aggregate commentary only.
create table reporting_narrative (
    month         date   not null check (extract(day from month) = 1),
    indicator_id  text   not null,
    narrative     text   not null check (char_length(narrative) between 1 and 1000),
    updated_by    bigint not null references app_user(id),
    updated_at    timestamptz not null,
    primary key (month, indicator_id)
);
