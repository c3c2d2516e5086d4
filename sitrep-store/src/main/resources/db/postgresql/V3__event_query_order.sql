-- PostgreSQL only: the order of Store.queryEvents pages (newest event date first, then document
-- and position), so a page is read off the index instead of sorting every matching event.
-- DuckDB scans and sorts quickly enough without one.

CREATE INDEX events_newest ON events ((coalesce(event_date, '')) DESC, doc_id, ordinal);
