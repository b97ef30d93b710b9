-- The annual-report figures are counted for a whole area (the city: every agency) or for every
-- agency at once (AnnualReports.compileEach). These indexes let the counts read an index alone
-- (index-only scans) instead of the wide rows of the tables.

-- decisions of a year by agency and kind. Replaces the public list's partial index (not withdrawn
-- only): the report counts withdrawn decisions too. The public list and its count still use it
-- (withdrawn is in the index), so the table keeps two indexes and its import speed.
drop index decision_public_list_idx;
create index decision_agency_date_idx on decision (agency_code, decision_date desc) include (kind, withdrawn);

-- rules and normative documents: made, published, in force, repealed
create index catalog_item_report_idx on catalog_item (agency_code, kind) include (written_on, published_on, ended_on)
    where state = 'PUBLISHED' and kind in ('RULE', 'NORMATIVE_DOCUMENT');

-- requests received, carried over, and closed in a year, by applicant kind and outcome (the same
-- keys as before, now covering the columns the report counts)
drop index disclosure_request_agency_received_idx;
create index disclosure_request_agency_received_idx on disclosure_request (agency_code, received_on desc)
    include (closed_on, applicant_type);
drop index disclosure_request_agency_closed_idx;
create index disclosure_request_agency_closed_idx on disclosure_request (agency_code, closed_on)
    include (applicant_type, outcome);
