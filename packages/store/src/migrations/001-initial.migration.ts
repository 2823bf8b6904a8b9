// Entity ids sort byte-wise in both databases (COLLATE "C" in PostgreSQL), so exports and
// keyset pagination give the same order everywhere.

/**
 * 001: datasets, sources, statements (the unit of truth), entity records, and the derived tables
 * (entities, names with their full-text indexes).
 */
import type { Migration } from './migration.types.js';

const common = (serial: string, real: string, key: string) => `
CREATE TABLE datasets (
  name TEXT PRIMARY KEY,
  title TEXT,
  visibility TEXT NOT NULL DEFAULT 'internal',
  created_at TEXT NOT NULL
);
CREATE TABLE sources (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  dataset TEXT NOT NULL REFERENCES datasets(name),
  title TEXT,
  publisher TEXT,
  url TEXT,
  published_at TEXT,
  retrieved_at TEXT,
  file_name TEXT,
  content_hash TEXT
);
CREATE INDEX sources_hash ON sources(content_hash);
CREATE TABLE statements (
  seq ${serial},
  id TEXT NOT NULL UNIQUE,
  entity_id ${key} NOT NULL,
  schema TEXT NOT NULL,
  prop TEXT NOT NULL,
  prop_type TEXT NOT NULL,
  value TEXT NOT NULL,
  dataset TEXT NOT NULL,
  source_id TEXT,
  evidence_start INTEGER,
  evidence_end INTEGER,
  evidence_quote TEXT,
  origin TEXT NOT NULL,
  status TEXT NOT NULL,
  author TEXT NOT NULL,
  confidence ${real},
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL,
  retracted_at TEXT
);
CREATE INDEX statements_entity ON statements(entity_id, seq);
CREATE INDEX statements_dataset ON statements(dataset, entity_id);
CREATE INDEX statements_ref ON statements(value) WHERE prop_type = 'entity';
CREATE TABLE entity_records (
  entity_id ${key} NOT NULL,
  dataset TEXT NOT NULL,
  meta TEXT NOT NULL,
  PRIMARY KEY (entity_id, dataset)
);
CREATE TABLE entities (
  id ${key} PRIMARY KEY,
  schema TEXT NOT NULL,
  caption TEXT NOT NULL,
  datasets TEXT NOT NULL,
  first_seen TEXT NOT NULL,
  last_seen TEXT NOT NULL
);
CREATE INDEX entities_schema ON entities(schema);
`;

/** The initial schema. */
export const migration001: Migration = {
  version: 1,
  name: 'initial',
  sqlite: `${common('INTEGER PRIMARY KEY AUTOINCREMENT', 'REAL', 'TEXT')}
CREATE TABLE names (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  entity_id TEXT NOT NULL,
  name TEXT NOT NULL,
  norm TEXT NOT NULL
);
CREATE INDEX names_entity ON names(entity_id);
CREATE INDEX names_norm ON names(norm);
-- The store keeps both full-text tables in step with names (see sqlite-store.ts); during a
-- multi-batch write they are brought up to date once, at the end of the transaction.
CREATE VIRTUAL TABLE names_fts USING fts5(norm, content='names', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE names_tri USING fts5(norm, content='names', content_rowid='id', tokenize='trigram');
`,
  postgres: `${common('BIGSERIAL PRIMARY KEY', 'DOUBLE PRECISION', 'TEXT COLLATE "C"')}
CREATE TABLE names (
  id BIGSERIAL PRIMARY KEY,
  entity_id TEXT COLLATE "C" NOT NULL,
  name TEXT NOT NULL,
  norm TEXT NOT NULL
);
CREATE INDEX names_entity ON names(entity_id);
CREATE INDEX names_norm ON names(norm);
CREATE INDEX names_tsv ON names USING gin (to_tsvector('simple', norm));
`,
};
