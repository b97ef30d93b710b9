-- 行政复议、行政诉讼 cases about disclosure, and 投诉举报 (条例第四十七、五十一条) received by the supervisors.
create table appeal_case (
    id                       bigserial primary key,
    kind                     varchar(20)  not null check (kind in ('RECONSIDERATION', 'LITIGATION')),
    -- only for litigation: 未经复议直接起诉 or 复议后起诉
    route                    varchar(30)  check (route in ('DIRECT', 'AFTER_RECONSIDERATION')),
    reconsideration_id       bigint references appeal_case (id),
    agency_code              varchar(20)  not null references agency (code),
    case_number              varchar(60),
    request_tracking_number  varchar(40),
    applicant_name           varchar(100) not null,
    received_on              date         not null,
    deciding_body            varchar(100) not null,
    result                   varchar(20)  not null check (result in ('UPHELD', 'CORRECTED', 'OTHER', 'PENDING')),
    decided_on               date,
    summary                  text,
    version                  integer      not null default 0,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    constraint appeal_case_route check ((kind = 'LITIGATION') = (route is not null)),
    constraint appeal_case_link check (reconsideration_id is null or route = 'AFTER_RECONSIDERATION'),
    constraint appeal_case_decision check ((result = 'PENDING') = (decided_on is null)),
    constraint appeal_case_dates check (decided_on is null or decided_on >= received_on)
);

create index appeal_case_agency_idx on appeal_case (agency_code);
create index appeal_case_received_idx on appeal_case (received_on);
create index appeal_case_open_idx on appeal_case (decided_on) where decided_on is not null;

create table complaint (
    id                       bigserial primary key,
    -- the agency whose disclosure work is complained about
    agency_code              varchar(20)  not null references agency (code),
    -- the supervisor that receives and handles it: the nearest government above the agency
    supervisor_code          varchar(20)  not null references agency (code),
    complainant_name         varchar(100) not null,
    contact                  varchar(100),
    channel                  varchar(20)  not null check (channel in ('LETTER', 'PHONE', 'ONLINE', 'VISIT')),
    received_on              date         not null,
    content                  text         not null,
    state                    varchar(30)  not null check (state in ('RECEIVED', 'UNDER_INVESTIGATION', 'ANSWERED')),
    investigation_started_on date,
    finding                  varchar(40)  check (finding in ('SUBSTANTIATED_RECTIFICATION', 'SUBSTANTIATED_CRITICISM', 'NOT_SUBSTANTIATED')),
    answer                   text,
    answered_on              date,
    version                  integer      not null default 0,
    created_at               timestamptz  not null default now(),
    updated_at               timestamptz  not null default now(),
    constraint complaint_answered check ((state = 'ANSWERED') = (finding is not null and answered_on is not null)),
    constraint complaint_dates check ((investigation_started_on is null or investigation_started_on >= received_on)
        and (answered_on is null or answered_on >= received_on))
);

create index complaint_supervisor_idx on complaint (supervisor_code);
create index complaint_agency_idx on complaint (agency_code);
create index complaint_received_idx on complaint (received_on);
