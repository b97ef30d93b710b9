-- 依申请公开: applications, their append-only history, clock pauses, attachments and numbering.
create table disclosure_request (
    id                       bigserial primary key,
    tracking_number          varchar(30)  not null unique,
    query_code_hash          varchar(64)  not null,
    agency_code              varchar(20)  not null,
    channel                  varchar(20)  not null,
    received_on              date         not null,
    applicant_type           varchar(40)  not null,
    applicant_name           varchar(200) not null,
    id_type                  varchar(40),
    id_number                varchar(40),
    credit_code              varchar(18),
    legal_representative     varchar(100),
    contact_name             varchar(100),
    phone                    varchar(50),
    email                    varchar(100),
    address                  varchar(300),
    description              text         not null,
    format                   varchar(20)  not null,
    delivery                 varchar(20)  not null,
    status                   varchar(40)  not null,
    outcome                  varchar(60),
    outcome_note             text,
    closed_on                date,
    replied_on               date,
    delivered_on             date,
    correction_requested_on  date,
    correction_due_on        date,
    correction_items         text,
    corrected_on             date,
    extension_days           integer,
    extension_approved_by    varchar(100),
    extension_decided_on     date,
    extension_reason         text,
    fee_amount_yuan          bigint,
    fee_basis                text,
    -- the stored deadline: due_date while the clock runs, waiting_until while it is paused
    due_date                 date,
    waiting_until            date,
    next_deadline            date,
    due_explanation          text,
    calendar_warning         text,
    calendar_uncovered       varchar(100),
    original_id              bigint references disclosure_request (id),
    duplicate_of             bigint references disclosure_request (id),
    version                  integer      not null default 0,
    created_by               varchar(50),
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    check ((closed_on is null) = (status not in ('ABANDONED', 'FEE_UNPAID', 'REPLIED', 'DELIVERED', 'WITHDRAWN')))
);

-- the staff queue: open requests of some agencies by the nearest deadline
create index disclosure_request_open_idx on disclosure_request (agency_code, next_deadline) where closed_on is null;
create index disclosure_request_open_all_idx on disclosure_request (next_deadline) where closed_on is null;
-- lists of all requests by date of receipt, and the annual-report figures
create index disclosure_request_agency_received_idx on disclosure_request (agency_code, received_on desc);
create index disclosure_request_agency_closed_idx on disclosure_request (agency_code, closed_on);
create index disclosure_request_received_idx on disclosure_request (received_on desc, id desc);
create index disclosure_request_status_idx on disclosure_request (agency_code, status);
-- duplicate and mass-applicant checks
create index disclosure_request_person_idx on disclosure_request (id_number, received_on) where id_number is not null;
create index disclosure_request_organisation_idx on disclosure_request (credit_code, received_on) where credit_code is not null;

create table request_event (
    id          bigserial primary key,
    request_id  bigint       not null references disclosure_request (id),
    occurred_at timestamptz  not null default now(),
    on_date     date         not null,
    actor       varchar(50),
    type        varchar(40)  not null,
    summary     text         not null
);
create index request_event_request_idx on request_event (request_id, id);

create table request_pause (
    request_id  bigint      not null references disclosure_request (id),
    seq         integer     not null,
    kind        varchar(20) not null,
    started_on  date        not null,
    ended_on    date,
    limit_on    date        not null,
    party       varchar(200),
    primary key (request_id, seq)
);

create table request_attachment (
    id           bigserial primary key,
    request_id   bigint       not null references disclosure_request (id),
    file_name    varchar(200) not null,
    content_type varchar(100) not null,
    size_bytes   integer      not null,
    sha256       varchar(64)  not null,
    content      bytea        not null,
    uploaded_at  timestamptz  not null default now()
);
create index request_attachment_request_idx on request_attachment (request_id);

-- numbering: YSQ-<year>-<agency>-<sequence>, one counter row per agency and year
create table request_sequence (
    agency_code varchar(20) not null,
    year        integer     not null,
    last_value  integer     not null,
    primary key (agency_code, year)
);

-- the history is append-only
create function request_event_append_only() returns trigger language plpgsql as $$
begin
  raise exception 'request_event is append-only';
end $$;
create trigger request_event_no_update before update or delete on request_event
    for each row execute function request_event_append_only();
