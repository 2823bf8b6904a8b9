/**
 * Writing the edge index inside the store's write transaction (one implementation per dialect),
 * and backfilling it for entities stored before migration 002.
 */
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { buildEntity, deriveEdges, edgeSchemata, entityId, type EdgeRecord } from '@daylight/core';
import { statementFromRow } from '../rows.js';
import { EDGE_COLUMNS, edgeValues } from './edge.rows.js';

/** Replaces the links of some relationship entities. */
export interface EdgeWriter {
  /**
   * @param ids - entities whose links are dropped first (rebuilt or deleted ones)
   * @param edges - the links to insert
   */
  replace(ids: readonly string[], edges: readonly EdgeRecord[]): Promise<void>;
}

/**
 * The SQLite edge writer: prepared statements, run synchronously inside the open transaction.
 * @param db - the connection (its schema must include migration 002)
 * @returns the writer
 */
export function sqliteEdgeWriter(db: BetterSqlite3.Database): EdgeWriter {
  const del = db.prepare('DELETE FROM edges WHERE id = ?');
  const ins = db.prepare(
    `INSERT OR REPLACE INTO edges (${EDGE_COLUMNS.join(', ')}) VALUES (${EDGE_COLUMNS.map(() => '?').join(', ')})`,
  );
  return {
    replace: (ids, edges) => {
      for (const id of ids) del.run(id);
      for (const e of edges) ins.run(...edgeValues(e));
      return Promise.resolve();
    },
  };
}

/** Rows per multi-row INSERT on PostgreSQL. */
const PG_ROWS = 500;

/**
 * The PostgreSQL edge writer over the transaction's client.
 * @param client - the client holding the open transaction
 * @returns the writer
 */
export function postgresEdgeWriter(client: pg.PoolClient | pg.Client): EdgeWriter {
  return {
    replace: async (ids, edges) => {
      if (ids.length > 0) await client.query('DELETE FROM edges WHERE id = ANY($1::text[])', [ids]);
      // One row per key: a later duplicate in the same batch wins, as INSERT OR REPLACE does on SQLite.
      const unique = new Map<string, EdgeRecord>();
      for (const e of edges) unique.set(`${e.id}\u001f${e.source}\u001f${e.target}`, e);
      const rows = [...unique.values()];
      const width = EDGE_COLUMNS.length;
      for (let i = 0; i < rows.length; i += PG_ROWS) {
        const part = rows.slice(i, i + PG_ROWS);
        const values: unknown[] = [];
        const tuples = part.map((e, r) => {
          values.push(...edgeValues(e));
          return `(${EDGE_COLUMNS.map((_, c) => `$${r * width + c + 1}`).join(', ')})`;
        });
        await client.query(
          `INSERT INTO edges (${EDGE_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}
           ON CONFLICT (id, source, target) DO UPDATE SET ${EDGE_COLUMNS.filter(
             (c) => !['id', 'source', 'target'].includes(c),
           )
             .map((c) => `${c} = EXCLUDED.${c}`)
             .join(', ')}`,
          values,
        );
      }
    },
  };
}

/** Relationship entities per backfill step. */
const BACKFILL_CHUNK = 500;

/**
 * Derives the edge index for every relationship entity already stored (run once, right after
 * migration 002 is applied), in one transaction.
 * @param db - the SQLite connection
 * @returns how many links were written
 */
export function backfillSqliteEdges(db: BetterSqlite3.Database): number {
  const schemata = edgeSchemata();
  const ids = db
    .prepare(`SELECT id FROM entities WHERE schema IN (${schemata.map(() => '?').join(', ')}) ORDER BY id`)
    .pluck()
    .all(...schemata) as string[];
  const statementsOf = db.prepare('SELECT * FROM statements WHERE entity_id = ? ORDER BY seq');
  const ins = db.prepare(
    `INSERT OR REPLACE INTO edges (${EDGE_COLUMNS.join(', ')}) VALUES (${EDGE_COLUMNS.map(() => '?').join(', ')})`,
  );
  let written = 0;
  db.transaction(() => {
    db.exec('DELETE FROM edges');
    for (const id of ids) {
      const rows = statementsOf.all(id) as Parameters<typeof statementFromRow>[0][];
      const entity = buildEntity(entityId(id), rows.map(statementFromRow));
      if (!entity) continue;
      for (const e of deriveEdges(entity)) {
        ins.run(...edgeValues(e));
        written++;
      }
    }
  }).immediate();
  return written;
}

/**
 * The PostgreSQL backfill (see `backfillSqliteEdges`).
 * @param client - a connected client, not inside a transaction
 * @returns how many links were written
 */
export async function backfillPostgresEdges(client: pg.PoolClient | pg.Client): Promise<number> {
  const schemata = edgeSchemata();
  await client.query('BEGIN');
  try {
    await client.query('DELETE FROM edges');
    const ids = (
      await client.query<{ id: string }>(
        'SELECT id FROM entities WHERE schema = ANY($1::text[]) ORDER BY id',
        [schemata],
      )
    ).rows.map((r) => r.id);
    const writer = postgresEdgeWriter(client);
    let written = 0;
    for (let i = 0; i < ids.length; i += BACKFILL_CHUNK) {
      const part = ids.slice(i, i + BACKFILL_CHUNK);
      const rows = (
        await client.query<Parameters<typeof statementFromRow>[0]>(
          'SELECT * FROM statements WHERE entity_id = ANY($1::text[]) ORDER BY entity_id, seq',
          [part],
        )
      ).rows;
      const grouped = new Map<string, ReturnType<typeof statementFromRow>[]>();
      for (const r of rows) {
        const s = statementFromRow(r);
        const list = grouped.get(s.entityId);
        if (list) list.push(s);
        else grouped.set(s.entityId, [s]);
      }
      const edges: EdgeRecord[] = [];
      for (const id of part) {
        const entity = buildEntity(entityId(id), grouped.get(id) ?? []);
        if (entity) edges.push(...deriveEdges(entity));
      }
      await writer.replace([], edges);
      written += edges.length;
    }
    await client.query('COMMIT');
    return written;
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
}
