/**
 * 005: document texts. A document is a `sources` row of kind `document` (title, publisher, URL,
 * date, content hash); this table adds its extracted text, so evidence offsets can be shown
 * highlighted in context, plus the file kind, language and, for PDFs, where each page starts.
 */
import type { Migration } from './migration.types.js';

const TABLE = `
CREATE TABLE document_texts (
  source_id TEXT PRIMARY KEY REFERENCES sources(id),
  kind TEXT NOT NULL,
  language TEXT,
  text TEXT NOT NULL,
  pages TEXT,
  created_at TEXT NOT NULL
);
`;

/** Document texts. */
export const migration005: Migration = {
  version: 5,
  name: 'documents',
  sqlite: TABLE,
  postgres: TABLE,
};
