-- 审计日志: append-only. The database itself refuses UPDATE, DELETE and TRUNCATE, for every role.
create table audit_log (
    id           bigserial primary key,
    occurred_at  timestamptz  not null default clock_timestamp(),
    actor        varchar(50),
    actor_agency varchar(20),
    ip           varchar(64),
    action       varchar(60)  not null,
    object_type  varchar(40),
    object_id    varchar(100),
    summary      text,
    details      text
);

create index audit_log_occurred_idx on audit_log (occurred_at desc);
create index audit_log_object_idx on audit_log (object_type, object_id);
create index audit_log_actor_idx on audit_log (actor);

create function audit_log_is_append_only() returns trigger
    language plpgsql as
$$
begin
    raise exception '审计日志只能追加，不能修改或删除 (audit_log is append-only)'
        using errcode = 'insufficient_privilege';
end;
$$;

create trigger audit_log_no_update_or_delete
    before update or delete on audit_log
    for each row execute function audit_log_is_append_only();

create trigger audit_log_no_truncate
    before truncate on audit_log
    for each statement execute function audit_log_is_append_only();

revoke update, delete, truncate on audit_log from public;
