-- The tables of StoreSchema's migration 1, written out for PostgreSQL. Flyway checksums applied
-- migrations: never edit this file; add a V<n> file instead (PostgresMigrationsTest compares).
-- Event and posture columns are the record fields of SchemaRecords in their order; record_json is
-- JSON, not JSONB, because it must give back the record's text as written, keys in their order.

CREATE TABLE documents (
  doc_id TEXT PRIMARY KEY,
  content_hash TEXT NOT NULL,
  source_path TEXT NOT NULL,
  source_record INTEGER,
  format TEXT NOT NULL,
  title TEXT,
  url TEXT,
  published DATE,
  meta_source TEXT,
  language TEXT,
  clean_text TEXT,
  raw_length INTEGER NOT NULL,
  ingested_at TIMESTAMP NOT NULL,
  extra_json JSONB NOT NULL,
  warnings_json JSONB NOT NULL
);

CREATE TABLE events (
  ordinal INTEGER NOT NULL,
  kind TEXT,
  event_id TEXT,
  doc_id TEXT,
  incident_id TEXT,
  event_date TEXT,
  date_earliest TEXT,
  date_latest TEXT,
  time_precision INTEGER,
  event_type TEXT,
  sub_event_type TEXT,
  actor1 TEXT,
  actor2 TEXT,
  assoc_actor_1 TEXT,
  assoc_actor_2 TEXT,
  inter1 INTEGER,
  inter2 INTEGER,
  location TEXT,
  admin1 TEXT,
  country TEXT,
  country_code TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  geo_precision INTEGER,
  geonames_id BIGINT,
  site TEXT,
  fatalities INTEGER,
  injuries INTEGER,
  factuality TEXT,
  historical BOOLEAN,
  claim_source TEXT,
  language TEXT,
  evidence JSONB,
  confidence DOUBLE PRECISION,
  notes JSONB,
  record_json JSON NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE posture (
  ordinal INTEGER NOT NULL,
  kind TEXT,
  posture_id TEXT,
  doc_id TEXT,
  event_type TEXT,
  sub_event_type TEXT,
  site TEXT,
  holder TEXT,
  "change" TEXT,
  equipment JSONB,
  quantity BIGINT,
  event_date TEXT,
  date_earliest TEXT,
  date_latest TEXT,
  time_precision INTEGER,
  location TEXT,
  admin1 TEXT,
  country TEXT,
  country_code TEXT,
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  geo_precision INTEGER,
  geonames_id BIGINT,
  factuality TEXT,
  claim_source TEXT,
  language TEXT,
  evidence JSONB,
  confidence DOUBLE PRECISION,
  record_json JSON NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
);

CREATE TABLE warnings (
  doc_id TEXT,
  ordinal INTEGER,
  source_path TEXT NOT NULL,
  source_record INTEGER,
  code TEXT NOT NULL,
  message TEXT NOT NULL,
  recorded_at TIMESTAMP NOT NULL
);

CREATE INDEX warnings_doc ON warnings (doc_id);

CREATE TABLE rejected (
  source TEXT PRIMARY KEY,
  reason TEXT NOT NULL,
  rejected_at TIMESTAMP NOT NULL
);
