-- Attribution by the visit (#18): when the customer's visit is known (a visit-triggered invitation, an import's
-- "visit date" column, the API's visitedAt), the response counts in the month of the visit, not of the answer.
-- Null means unknown: the response counts at its answer time, so existing rows need nothing.
alter table customer_response add column visited_at timestamp;
alter table import_row add column visited_at timestamp;
