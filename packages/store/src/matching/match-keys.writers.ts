/**
 * Writing the blocking index (migration 004) inside the store's write transaction, one
 * implementation per dialect, and backfilling it for entities stored before the migration.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { buildEntity, entityId, matchKeys, type Entity, type Statement } from '@daylight/core';
import { statementFromRow } from '../rows.js';

/** One row of `match_keys`. */
export interface MatchKeyRow {
  readonly key: string;
  readonly entityId: string;
}

/**
 * The blocking keys of built entities, as rows.
 * @param entities - built entities
 * @returns one row per (key, entity)
 */
export function matchKeyRows(entities: readonly Entity[]): MatchKeyRow[] {
  return entities.flatMap((e) => matchKeys(e).map((key) => ({ key, entityId: e.id })));
}

/** Replaces the blocking keys of some entities. */
export interface MatchKeyWriter {
  /**
   * @param ids - entities whose keys are dropped first (rebuilt or deleted ones)
   * @param rows - the keys to insert
   */
  replace(ids: readonly string[], rows: readonly MatchKeyRow[]): Promise<void>;
}

/**
 * The SQLite writer: prepared statements inside the open transaction.
 * @param db - the connection (its schema must include migration 004)
 * @returns the writer
 */
export function sqliteMatchKeyWriter(db: BetterSqlite3.Database): MatchKeyWriter {
  const del = db.prepare('DELETE FROM match_keys WHERE entity_id = ?');
  const ins = db.prepare('INSERT OR IGNORE INTO match_keys (key, entity_id) VALUES (?, ?)');
  return {
    replace: (ids, rows) => {
      for (const id of ids) del.run(id);
      for (const r of rows) ins.run(r.key, r.entityId);
      return Promise.resolve();
    },
  };
}

/** Rows per multi-row INSERT on PostgreSQL. */
const PG_ROWS = 2000;

/**
 * The PostgreSQL writer over the transaction's client.
 * @param client - the client holding the open transaction
 * @returns the writer
 */
export function postgresMatchKeyWriter(client: pg.PoolClient | pg.Client): MatchKeyWriter {
  return {
    replace: async (ids, rows) => {
      if (ids.length > 0)
        await client.query('DELETE FROM match_keys WHERE entity_id = ANY($1::text[])', [ids]);
      for (let i = 0; i < rows.length; i += PG_ROWS) {
        const part = rows.slice(i, i + PG_ROWS);
        await client.query(
          'INSERT INTO match_keys (key, entity_id) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING',
          [part.map((r) => r.key), part.map((r) => r.entityId)],
        );
      }
    },
  };
}

const BACKFILL_CHUNK = 500;

function groupStatements(statements: readonly Statement[]): Map<string, Statement[]> {
  const grouped = new Map<string, Statement[]>();
  for (const s of statements) {
    const list = grouped.get(s.entityId);
    if (list) list.push(s);
    else grouped.set(s.entityId, [s]);
  }
  return grouped;
}

/**
 * Indexes every entity already stored (run once, right after migration 004), in one transaction.
 * @param db - the SQLite connection
 * @returns how many keys were written
 */
export function backfillSqliteMatchKeys(db: BetterSqlite3.Database): number {
  const ids = db.prepare('SELECT id FROM entities ORDER BY id').pluck().all() as string[];
  const statementsOf = db.prepare(
    "SELECT * FROM statements WHERE entity_id = ? AND status = 'accepted' AND retracted_at IS NULL ORDER BY seq",
  );
  const writer = sqliteMatchKeyWriter(db);
  let written = 0;
  db.transaction(() => {
    db.exec('DELETE FROM match_keys');
    for (const id of ids) {
      const rows = statementsOf.all(id) as Parameters<typeof statementFromRow>[0][];
      const entity = buildEntity(entityId(id), rows.map(statementFromRow));
      if (!entity) continue;
      const keys = matchKeyRows([entity]);
      void writer.replace([], keys);
      written += keys.length;
    }
  }).immediate();
  return written;
}

/**
 * The PostgreSQL backfill (see `backfillSqliteMatchKeys`).
 * @param client - a connected client, not inside a transaction
 * @returns how many keys were written
 */
export async function backfillPostgresMatchKeys(client: pg.PoolClient | pg.Client): Promise<number> {
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM match_keys');
    const ids = (await client.query<{ id: string }>('SELECT id FROM entities ORDER BY id')).rows.map(
      (r) => r.id,
    );
    const writer = postgresMatchKeyWriter(client);
    let written = 0;
    for (let i = 0; i < ids.length; i += BACKFILL_CHUNK) {
      const part = ids.slice(i, i + BACKFILL_CHUNK);
      const rows = (
        await client.query<Parameters<typeof statementFromRow>[0]>(
          "SELECT * FROM statements WHERE entity_id = ANY($1::text[]) AND status = 'accepted' AND retracted_at IS NULL ORDER BY entity_id, seq",
          [part],
        )
      ).rows;
      const grouped = groupStatements(rows.map(statementFromRow));
      const entities = part
        .map((id) => buildEntity(entityId(id), grouped.get(id) ?? []))
        .filter((e): e is Entity => e !== undefined);
      const keys = matchKeyRows(entities);
      await writer.replace([], keys);
      written += keys.length;
    }
    await client.query('COMMIT');
    return written;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
