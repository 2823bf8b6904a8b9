/**
 * Reading the edge index: the links touching a set of nodes, in batches (one query per chunk of
 * ids, never one per node), through Kysely so both stores run the same SQL.
 */
import type { Kysely } from 'kysely';
import type { EdgeDirection, EdgeRecord, EntityId } from '@daylight/core';
import type { Database } from '../database.types.js';
import { edgeFromRow, type EdgeTables } from './edge.rows.js';

/** What `Store.findEdges` looks for. */
export interface EdgeQuery {
  /** Links where the ids are the target (`in`), the source (`out`), or either (`both`). */
  readonly direction: EdgeDirection;
  /** Only links of these schemata; all when empty or absent. */
  readonly schemas?: readonly string[] | undefined;
}

/** Ids per IN (…) list. */
const CHUNK = 500;

/**
 * The links touching any of `ids`.
 * @param db - the store's Kysely instance
 * @param ids - entity ids
 * @param query - direction and schemata
 * @returns each link once, in a stable order (by entity id, source, target)
 */
export async function queryEdges(
  db: Kysely<Database>,
  ids: readonly EntityId[],
  query: EdgeQuery,
): Promise<EdgeRecord[]> {
  const edb = db.withTables<EdgeTables>();
  const unique = [...new Set(ids)];
  const columns: Array<'source' | 'target'> =
    query.direction === 'in' ? ['target'] : query.direction === 'out' ? ['source'] : ['source', 'target'];
  const out = new Map<string, EdgeRecord>();
  for (let i = 0; i < unique.length; i += CHUNK) {
    const part = unique.slice(i, i + CHUNK);
    for (const column of columns) {
      let q = edb.selectFrom('edges').selectAll().where(column, 'in', part);
      if (query.schemas && query.schemas.length > 0) q = q.where('schema', 'in', [...query.schemas]);
      for (const row of await q.execute()) {
        const e = edgeFromRow(row);
        out.set(`${e.id}\u001f${e.source}\u001f${e.target}`, e);
      }
    }
  }
  return [...out.values()].sort((a, b) =>
    a.id !== b.id
      ? a.id < b.id
        ? -1
        : 1
      : a.source !== b.source
        ? a.source < b.source
          ? -1
          : 1
        : a.target < b.target
          ? -1
          : a.target > b.target
            ? 1
            : 0,
  );
}
