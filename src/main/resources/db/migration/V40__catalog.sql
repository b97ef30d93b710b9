-- 政府信息公开目录: proactively published government information, its taxonomy, links and history.

-- 主题分类: configurable; seeded with gov.cn-style values (the official code list was not found).
create table catalog_subject (
    code        varchar(20)  primary key,
    label       varchar(100) not null unique,
    sort_order  integer      not null default 0,
    active      boolean      not null default true
);

-- 体裁分类: configurable; kind tells which genres are 规章, 行政规范性文件 or 政策解读.
create table catalog_genre (
    code        varchar(40)  primary key,
    label       varchar(50)  not null unique,
    kind        varchar(30)  not null check (kind in ('RULE', 'NORMATIVE_DOCUMENT', 'INTERPRETATION', 'SYSTEM', 'OTHER')),
    sort_order  integer      not null default 0,
    active      boolean      not null default true
);

create table catalog_item (
    id                    bigserial primary key,
    agency_code           varchar(20)  not null references agency (code),
    agency_path           varchar(400) not null,
    -- 索引号, set once at publication and never changed
    index_number          varchar(30)  unique,
    title                 varchar(300) not null,
    document_number       varchar(100),
    -- 文号 normalised for matching (brackets and digits half-width)
    document_number_key   varchar(100),
    written_on            date         not null,
    published_on          date,
    published_at          timestamptz,
    scheduled_at          timestamptz,
    subject_code          varchar(20)  not null references catalog_subject (code),
    genre_code            varchar(40)  not null references catalog_genre (code),
    kind                  varchar(30)  not null,
    category              varchar(40)  not null,
    disclosure_mode       varchar(20)  not null default 'PROACTIVE',
    body                  text         not null default '',
    body_text             text         not null default '',
    state                 varchar(20)  not null check (state in ('DRAFT', 'IN_REVIEW', 'SCHEDULED', 'PUBLISHED', 'WITHDRAWN')),
    validity              varchar(20)  check (validity in ('IN_FORCE', 'EXPIRED', 'REPEALED', 'AMENDED')),
    -- the day it stopped being in force (废止 or 失效), for the report
    ended_on              date,
    needs_interpretation  boolean      not null default false,
    interprets_id         bigint       references catalog_item (id),
    withdrawn_reason      text,
    withdrawn_at          timestamptz,
    source_id             varchar(100),
    created_by            varchar(50),
    created_at            timestamptz  not null default now(),
    updated_at            timestamptz  not null default now(),
    version               integer      not null default 0
);
create index catalog_item_agency_idx on catalog_item (agency_code, state, published_on desc);
create index catalog_item_path_idx on catalog_item (agency_path varchar_pattern_ops);
create index catalog_item_kind_idx on catalog_item (kind, state);
create index catalog_item_state_idx on catalog_item (state, scheduled_at);
create index catalog_item_interprets_idx on catalog_item (interprets_id);
create index catalog_item_docno_idx on catalog_item (document_number_key);
create unique index catalog_item_source_idx on catalog_item (agency_code, source_id) where source_id is not null;

-- serial numbers of 索引号 per 组织机构代码 and year
create table catalog_index_serial (
    organisation_code  varchar(20) not null,
    year               integer     not null,
    last_serial        integer     not null,
    primary key (organisation_code, year)
);

create table catalog_attachment (
    id            bigserial primary key,
    item_id       bigint       not null references catalog_item (id),
    file_name     varchar(200) not null,
    content_type  varchar(100) not null,
    size_bytes    bigint       not null,
    storage_path  varchar(400) not null,
    sha256        varchar(64)  not null,
    text          text         not null default '',
    created_at    timestamptz  not null default now()
);
create index catalog_attachment_item_idx on catalog_attachment (item_id);

-- 立改废: which document amends or repeals which
create table catalog_link (
    id            bigserial primary key,
    from_item_id  bigint      not null references catalog_item (id),
    to_item_id    bigint      not null references catalog_item (id),
    kind          varchar(20) not null check (kind in ('AMENDS', 'REPEALS')),
    effective_on  date        not null,
    created_at    timestamptz not null default now(),
    unique (from_item_id, to_item_id, kind)
);
create index catalog_link_to_idx on catalog_link (to_item_id);

-- 有效性 history
create table catalog_validity_change (
    id             bigserial primary key,
    item_id        bigint       not null references catalog_item (id),
    from_validity  varchar(20),
    to_validity    varchar(20)  not null,
    changed_on     date         not null,
    reason         varchar(500),
    cause_item_id  bigint       references catalog_item (id),
    actor          varchar(50),
    created_at     timestamptz  not null default now()
);
create index catalog_validity_item_idx on catalog_validity_change (item_id);

-- workflow history of each item
create table catalog_transition (
    id          bigserial primary key,
    item_id     bigint      not null references catalog_item (id),
    from_state  varchar(20),
    to_state    varchar(20) not null,
    action      varchar(40) not null,
    actor       varchar(50),
    note        text,
    at          timestamptz not null default now()
);
create index catalog_transition_item_idx on catalog_transition (item_id);

insert into catalog_subject (code, label, sort_order) values
 ('S01', '综合政务\政务公开', 1),
 ('S02', '国民经济管理、国有资产监管', 2),
 ('S03', '财政、金融、审计', 3),
 ('S04', '国土资源、能源', 4),
 ('S05', '农业、林业、水利', 5),
 ('S06', '工业、交通', 6),
 ('S07', '商贸、海关、旅游', 7),
 ('S08', '市场监管、安全生产监管', 8),
 ('S09', '城乡建设、环境保护', 9),
 ('S10', '科技、教育', 10),
 ('S11', '文化、广电、新闻出版', 11),
 ('S12', '卫生、体育', 12),
 ('S13', '人口与计划生育、妇女儿童工作', 13),
 ('S14', '劳动、人事、监察', 14),
 ('S15', '公安、安全、司法', 15),
 ('S16', '民政、扶贫、救灾', 16),
 ('S17', '民族、宗教', 17),
 ('S18', '对外事务', 18),
 ('S19', '港澳台侨工作', 19),
 ('S20', '国防', 20),
 ('S99', '其他', 99);

insert into catalog_genre (code, label, kind, sort_order) values
 ('RULE', '规章', 'RULE', 1),
 ('NORMATIVE', '行政规范性文件', 'NORMATIVE_DOCUMENT', 2),
 ('OTHER_DOC', '其他文件', 'OTHER', 3),
 ('INTERPRETATION', '政策解读', 'INTERPRETATION', 4),
 ('NOTICE', '通知公告', 'OTHER', 5),
 ('NEWS', '工作动态', 'OTHER', 6),
 ('PLAN', '规划计划', 'OTHER', 7),
 ('STATISTICS', '统计信息', 'OTHER', 8),
 ('FINANCE', '财政信息', 'OTHER', 9),
 ('PERSONNEL', '人事信息', 'OTHER', 10),
 ('EMERGENCY', '应急管理', 'OTHER', 11),
 ('SYSTEM', '制度', 'SYSTEM', 12);
