/**
 * 002: the edge index. One row per (relationship entity, source, target) of every FtM schema with
 * an `edge` (Ownership, Directorship, Payment …), with its parsed share, dates, role and amount.
 * Kept current by the write path (`WriteTx.replaceEdges`); rows for entities already stored when
 * the migration runs are derived in TypeScript right after it (`backfillSqliteEdges`,
 * `backfillPostgresEdges` in `edges/`), because percentages are parsed by core's rules.
 */
import type { Migration } from './migration.types.js';

const table = (key: string, real: string) => `
CREATE TABLE edges (
  id ${key} NOT NULL,
  schema TEXT NOT NULL,
  source ${key} NOT NULL,
  target ${key} NOT NULL,
  directed INTEGER NOT NULL,
  percentage TEXT,
  share_min ${real},
  share_max ${real},
  start_date TEXT,
  end_date TEXT,
  role TEXT,
  amount TEXT,
  currency TEXT,
  PRIMARY KEY (id, source, target)
);
CREATE INDEX edges_source ON edges(source, schema);
CREATE INDEX edges_target ON edges(target, schema);
`;

/** The edge index. */
export const migration002: Migration = {
  version: 2,
  name: 'edges',
  sqlite: table('TEXT', 'REAL'),
  postgres: table('TEXT COLLATE "C"', 'DOUBLE PRECISION'),
};
