-- 权力清单 / 公共服务事项清单: one list per agency and year; a year's list starts as a copy of the
-- previous year's, so 上一年项目数量 and 本年增/减 are counts of two lists.
create table power_list (
    id               bigserial primary key,
    agency_code      varchar(20) not null references agency (code),
    year             integer     not null check (year between 2000 and 2100),
    copied_from_year integer,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (agency_code, year)
);

create table power_item (
    id          bigserial primary key,
    list_id     bigint       not null references power_list (id) on delete cascade,
    kind        varchar(40)  not null check (kind in ('LICENSING', 'PENALTY', 'COERCION', 'LEVY', 'FEE', 'CONFIRMATION',
                                                      'AWARD', 'INSPECTION', 'ADJUDICATION', 'OTHER_POWER',
                                                      'OTHER_MANAGEMENT_SERVICE', 'PUBLIC_SERVICE')),
    item_code   varchar(60)  not null,
    name        varchar(300) not null,
    legal_basis text,
    sort_order  integer      not null default 0,
    unique (list_id, item_code)
);
create index power_item_list_kind_idx on power_item (list_id, kind);
