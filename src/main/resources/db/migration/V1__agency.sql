-- 行政机关: the tree of administrative bodies with the fields of their public 机构信息 page.
create table agency (
    id                    bigserial primary key,
    code                  varchar(20)  not null unique,
    name                  varchar(100) not null,
    short_name            varchar(50),
    kind                  varchar(20)  not null check (kind in ('GOVERNMENT', 'DEPARTMENT', 'TOWNSHIP')),
    level                 varchar(20)  not null check (level in ('MUNICIPAL', 'DISTRICT', 'TOWNSHIP')),
    parent_id             bigint references agency (id),
    -- materialised path of codes, '/500000/500101/', for subtree queries with a prefix match
    path                  varchar(400) not null unique,
    sort_order            integer      not null default 0,
    organisation_code     varchar(18),
    functions             text,
    structure             text,
    head                  varchar(100),
    address               varchar(200),
    office_hours          varchar(200),
    phone                 varchar(50),
    fax                   varchar(50),
    email                 varchar(100),
    website               varchar(200),
    office_name           varchar(100),
    office_address        varchar(200),
    office_hours_public   varchar(200),
    office_phone          varchar(50),
    office_fax            varchar(50),
    office_email          varchar(100),
    accepts_requests      boolean      not null default true,
    established_on        date,
    version               integer      not null default 0,
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now()
);

create index agency_parent_idx on agency (parent_id);
create index agency_path_prefix_idx on agency (path varchar_pattern_ops);
