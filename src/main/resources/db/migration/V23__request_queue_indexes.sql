-- The staff queue filtered by applicant type or by a (closed) status over all requests, newest first:
-- without these the planner walks disclosure_request_received_idx and filters, which at 500,000
-- requests reads the whole index for a rare type or status (450 ms measured; 1 ms with the index).
create index disclosure_request_type_received_idx on disclosure_request (applicant_type, received_on desc, id desc);
create index disclosure_request_status_received_idx on disclosure_request (status, received_on desc, id desc);
