-- 政府信息公开工作年度报告: one row per agency, year and published version. The narrative
-- sections are written by the office; the tables are compiled, and frozen (as JSON) on publication.
create table annual_report (
    id               bigserial primary key,
    agency_code      varchar(20)  not null references agency (code),
    year             int          not null check (year between 2008 and 2100),
    version          int          not null default 1 check (version >= 1),
    format           varchar(4)   not null check (format in ('2019', '2021')),
    scope            varchar(10)  not null check (scope in ('self', 'subtree')),
    status           varchar(12)  not null check (status in ('DRAFT', 'SUBMITTED', 'PUBLISHED')),
    overview         text,
    problems         text,
    other_matters    text,
    tables_json      text,
    correction_note  text,
    lock_version     int          not null default 0,
    created_at       timestamptz  not null default now(),
    updated_at       timestamptz  not null default now(),
    submitted_at     timestamptz,
    submitted_by     varchar(100),
    published_at     timestamptz,
    published_by     varchar(100),
    unique (agency_code, year, version),
    check (status <> 'PUBLISHED' or (tables_json is not null and published_at is not null)),
    check (version = 1 or correction_note is not null)
);
create index annual_report_year on annual_report (year, status);
