/**
 * 004: the blocking index for matching. One row per (key, entity): name tokens, their phonetic
 * codes and identifiers (`matchKeys` in core). Kept current by the write path
 * (`WriteTx.replaceMatchKeys`); entities stored before the migration are indexed right after it
 * (`backfillSqliteMatchKeys`, `backfillPostgresMatchKeys` in `matching/`).
 */
import type { Migration } from './migration.types.js';

const table = (text: string) => `
CREATE TABLE match_keys (
  key ${text} NOT NULL,
  entity_id ${text} NOT NULL,
  PRIMARY KEY (key, entity_id)
);
CREATE INDEX match_keys_entity ON match_keys(entity_id);
`;

/** The blocking index. */
export const migration004: Migration = {
  version: 4,
  name: 'match-keys',
  sqlite: table('TEXT'),
  postgres: table('TEXT COLLATE "C"'),
};
