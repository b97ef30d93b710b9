-- 行政许可、行政处罚、行政强制等处理决定 (双公示). Millions of rows, loaded in bulk: every index
-- costs import speed, so there are exactly two — the natural key (agency, decision number, kind),
-- which is also the table's identity and the target of the import's upsert, and the public list's
-- (per agency, newest first). No surrogate id, no free-text index; the nightly withdrawal scans.
-- Keys compare bytewise (collate "C"): faster than a linguistic collation, and exact for 文书号.
create table decision (
    agency_code     varchar(20)  collate "C" not null,
    kind            varchar(40)  collate "C" not null,
    decision_number varchar(100) collate "C" not null,
    decision_date   date         not null,
    party_name      varchar(200) not null,
    party_type      varchar(20)  not null,
    -- 统一社会信用代码 of an organisation as published; a natural person's ID number only masked
    party_id        varchar(40),
    summary         text,
    legal_basis     text,
    publish_until   date,
    withdrawn       boolean      not null default false,
    withdrawn_at    timestamptz,
    import_id       bigint,
    updated_at      timestamptz  not null default now()
);
alter table decision add constraint decision_natural_key primary key (agency_code, decision_number, kind);
create index decision_public_list_idx on decision (agency_code, decision_date desc) where not withdrawn;

-- One run of the import (file upload or API call) and its rejected rows, for the error report.
create table decision_import (
    id            bigserial    primary key,
    created_by    varchar(50),
    agency_code   varchar(20),
    source        varchar(20)  not null,
    file_name     varchar(300),
    status        varchar(20)  not null default 'RUNNING',
    total_rows    integer      not null default 0,
    inserted      integer      not null default 0,
    updated       integer      not null default 0,
    rejected      integer      not null default 0,
    message       text,
    started_at    timestamptz  not null default now(),
    finished_at   timestamptz
);

create table decision_import_error (
    import_id   bigint       not null references decision_import (id) on delete cascade,
    row_number  integer      not null,
    column_name varchar(50),
    message     varchar(500) not null
);
create index decision_import_error_idx on decision_import_error (import_id, row_number);
