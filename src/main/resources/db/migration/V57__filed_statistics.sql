-- 统计填报: figures an agency files for a year where Gongkai keeps no records one at a time
-- (procurement, fee income, decisions not uploaded, power-list counts without a list here).
create table filed_statistic (
    id             bigserial   primary key,
    agency_code    varchar(20) not null references agency (code),
    year           integer     not null check (year between 2000 and 2100),
    status         varchar(20) not null check (status in ('DRAFT', 'SUBMITTED', 'APPROVED', 'RETURNED')),
    submitted_by   varchar(50),
    submitted_at   timestamptz,
    reviewed_by    varchar(50),
    reviewed_at    timestamptz,
    review_comment varchar(500),
    version        integer     not null default 0,
    updated_at     timestamptz not null default now(),
    unique (agency_code, year)
);

-- one figure, keyed by the report cell it feeds, e.g. administrativeLicensing.decisions
create table filed_figure (
    statistic_id bigint         not null references filed_statistic (id) on delete cascade,
    cell_key     varchar(80)    not null,
    value        numeric(18, 2) not null,
    primary key (statistic_id, cell_key)
);
