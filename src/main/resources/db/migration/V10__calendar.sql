-- 工作日历: the dates the State Council's holiday notices mark, and the years whose notice is entered.
create table calendar_year (
    year        integer primary key check (year between 1990 and 2100),
    source      varchar(500),
    entered_at  timestamptz not null default now()
);

create table calendar_day (
    day         date primary key,
    name        varchar(20) not null,
    type        varchar(4)  not null check (type in ('OFF', 'WORK')),
    notice_year integer     not null references calendar_year (year)
);
