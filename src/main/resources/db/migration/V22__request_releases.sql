-- 区分处理 (第三十七条): documents to be released with a request. The original stays with the staff;
-- the released file (withheld content removed) is what the applicant gets once the request is answered.
create table request_release (
    id               bigserial primary key,
    request_id       bigint       not null references disclosure_request (id),
    file_name        varchar(200) not null,
    content_type     varchar(10)  not null check (content_type in ('PDF', 'DOCX')),
    original         bytea        not null,
    original_sha256  varchar(64)  not null,
    original_size    integer      not null,
    page_count       integer,
    -- personal data found in the original, masked: one "KIND<TAB>masked" a line, never the raw text
    findings         text         not null default '',
    uploaded_by      varchar(50),
    uploaded_at      timestamptz  not null default now(),
    -- what was chosen to withhold, set when the released file is produced
    patterns         varchar(200),
    literals         text,
    regions          text,
    reason           text,
    released         bytea,
    released_sha256  varchar(64),
    released_size    integer,
    released_by      varchar(50),
    released_at      timestamptz,
    check ((released is null) = (released_at is null))
);
create index request_release_request_idx on request_release (request_id, id);

-- 区分处理记录: each withheld item of a released file (never the withheld text, only a masked form)
create table request_release_log (
    id          bigserial primary key,
    release_id  bigint       not null references request_release (id) on delete cascade,
    seq         integer      not null,
    location    varchar(100) not null,
    kind        varchar(40)  not null,
    length      integer      not null,
    masked      varchar(300),
    reason      text         not null,
    actor       varchar(50),
    logged_at   timestamptz  not null default now()
);
create index request_release_log_release_idx on request_release_log (release_id, seq);

-- once the request is answered (or otherwise closed) its release documents are frozen
create function request_release_frozen() returns trigger language plpgsql as $$
declare
  rid bigint;
begin
  if tg_table_name = 'request_release' then
    rid := case when tg_op = 'DELETE' then old.request_id else new.request_id end;
  else
    select request_id into rid from request_release
     where id = case when tg_op = 'DELETE' then old.release_id else new.release_id end;
  end if;
  if exists (select 1 from disclosure_request where id = rid and closed_on is not null) then
    raise exception 'request % is closed: its release documents are frozen', rid;
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end $$;
create trigger request_release_frozen before insert or update or delete on request_release
    for each row execute function request_release_frozen();
create trigger request_release_log_frozen before insert or update or delete on request_release_log
    for each row execute function request_release_frozen();
