-- 批量导入: one row per import run, with its counts and the error report file.
create table catalog_import (
    id           bigserial primary key,
    actor        varchar(50)  not null,
    file_name    varchar(200) not null,
    created_at   timestamptz  not null default now(),
    total_rows   integer      not null default 0,
    imported     integer      not null default 0,
    skipped      integer      not null default 0,
    failed       integer      not null default 0,
    message      text,
    error_file   varchar(400)
);
