-- 检索索引的事务性发件箱: one row per change of a catalog item, deleted once the index has it.
create table search_outbox (
    id         bigserial primary key,
    item_id    bigint      not null,
    created_at timestamptz not null default now()
);
create index search_outbox_item_idx on search_outbox (item_id);
