-- Indicator settings an administrator or performance analyst may change (issue 7: "changing a target re-colours,
-- never changes a value"). A row replaces the indicator's default target and amber threshold as a pair (null target:
-- no target, so no colour); england, when not null, replaces the England figure defined in code.
create table reporting_indicator_setting (
    indicator_id varchar(80) primary key,
    target       numeric(14, 1),
    amber_from   numeric(14, 1),
    england      numeric(14, 1),
    updated_at   timestamptz not null,
    updated_by   bigint not null references app_user (id),
    check (amber_from is null or target is not null)
);

-- The child population aged 0-17 (the denominator of rates per 10,000 children). One row. The default is a synthetic
-- figure for the demo authority; an authority enters its own (ONS mid-year estimate).
create table reporting_child_population (
    id         smallint primary key default 1 check (id = 1),
    population bigint not null check (population > 0),
    source     varchar(200) not null,
    updated_at timestamptz,
    updated_by bigint references app_user (id)
);

insert into reporting_child_population (id, population, source)
values (1, 60000, 'Synthetic default for the demo authority: replace with the ONS mid-year estimate (0-17)');
