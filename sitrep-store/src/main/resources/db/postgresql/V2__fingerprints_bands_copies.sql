-- StoreSchema's migration 2: text fingerprints, LSH bands and copies of documents.

ALTER TABLE documents ADD COLUMN text_hash TEXT;
ALTER TABLE documents ADD COLUMN minhash BYTEA;
ALTER TABLE documents ADD COLUMN words INTEGER;

CREATE INDEX documents_text_hash ON documents (text_hash);

CREATE TABLE doc_bands (
  band INTEGER NOT NULL,
  band_key BIGINT NOT NULL,
  doc_id TEXT NOT NULL
);

CREATE INDEX doc_bands_key ON doc_bands (band, band_key);

CREATE TABLE copies (
  doc_id TEXT PRIMARY KEY,
  copy_of TEXT NOT NULL,
  similarity DOUBLE PRECISION NOT NULL,
  source_path TEXT NOT NULL,
  source_record INTEGER,
  title TEXT,
  url TEXT,
  meta_source TEXT,
  published DATE,
  recorded_at TIMESTAMP NOT NULL
);
