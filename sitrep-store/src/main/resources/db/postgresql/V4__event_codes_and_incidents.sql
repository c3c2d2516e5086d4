-- CAMEO and PLOVER codes on events (extra fields of the event record), and incidents: the claims
-- of several documents about one occurrence, derived from the events' incident ids.

ALTER TABLE events ADD COLUMN cameo TEXT;
ALTER TABLE events ADD COLUMN plover TEXT;
ALTER TABLE events ADD COLUMN plover_mode TEXT;

CREATE TABLE incidents (
  "kind" TEXT,
  "incident_id" TEXT PRIMARY KEY,
  "event_type" TEXT,
  "sub_event_type" TEXT,
  "event_date" TEXT,
  "date_earliest" TEXT,
  "date_latest" TEXT,
  "location" TEXT,
  "admin1" TEXT,
  "country_code" TEXT,
  "latitude" DOUBLE PRECISION,
  "longitude" DOUBLE PRECISION,
  "geo_precision" INTEGER,
  "fatalities" INTEGER,
  "fatalities_min" INTEGER,
  "fatalities_max" INTEGER,
  "status" TEXT,
  "claims" INTEGER,
  "documents" INTEGER,
  "languages" JSONB,
  "event_ids" JSONB,
  "notes" JSONB,
  record_json JSON NOT NULL
);

CREATE INDEX events_incident ON events (incident_id);
