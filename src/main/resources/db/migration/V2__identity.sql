-- 工作人员账号: staff accounts, each belonging to one agency, with roles.
create table staff_account (
    id                  bigserial primary key,
    username            varchar(50)  not null unique,
    display_name        varchar(50)  not null,
    password_hash       varchar(200) not null,
    agency_id           bigint       not null references agency (id),
    enabled             boolean      not null default true,
    failed_attempts     integer      not null default 0,
    locked_until        timestamptz,
    last_login_at       timestamptz,
    password_changed_at timestamptz  not null default now(),
    version             integer      not null default 0,
    created_at          timestamptz  not null default now()
);

create table staff_role (
    account_id bigint      not null references staff_account (id) on delete cascade,
    role       varchar(20) not null check (role in ('ADMIN', 'SUPERVISOR', 'CLERK', 'REVIEWER')),
    primary key (account_id, role)
);

create index staff_account_agency_idx on staff_account (agency_id);
