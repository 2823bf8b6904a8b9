/**
 * The team-server store: PostgreSQL through `pg`, full-text search on `to_tsvector('simple', …)`.
 */
import pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { Entity, EntityRecord, Source, Statement } from '@daylight/core';
import type { Database } from '../database.types.js';
import { KyselyStore, type Candidate, type NameRow, type WriteTx } from '../kysely-store.js';
import { MIGRATIONS } from '../migrations/index.js';
import { backfillPostgresEdges, postgresEdgeWriter } from '../edges/edge.writers.js';
import { backfillPostgresMatchKeys, postgresMatchKeyWriter } from '../matching/match-keys.writers.js';
import { STATEMENT_COLUMNS, entityRow, statementFromRow, statementValues } from '../rows.js';

/** Rows per multi-row statement. */
const ROWS = 1000;

// A fixed key for pg_advisory_xact_lock: two processes migrating the same database wait in turn.
const MIGRATION_LOCK = 7_878_001;

/**
 * Applies pending migrations to a PostgreSQL database, each in its own transaction.
 * @param client - a connected client
 * @returns the versions applied now
 */
export async function migratePostgres(client: pg.PoolClient | pg.Client): Promise<number[]> {
  const applied: number[] = [];
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
    );
    const done = new Set(
      (await client.query<{ version: number }>('SELECT version FROM schema_migrations')).rows.map(
        (r) => r.version,
      ),
    );
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await client.query(m.postgres);
      await client.query('INSERT INTO schema_migrations (version, name, applied_at) VALUES ($1, $2, $3)', [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
      applied.push(m.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    throw error;
  }
  return applied;
}

/** Builds `($1, $2, …), ($n, …)` for `rows` rows of `width` values. */
function valuesList(rows: number, width: number): string {
  const out: string[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < width; c++) cells.push(`$${r * width + c + 1}`);
    out.push(`(${cells.join(', ')})`);
  }
  return out.join(', ');
}

function chunked<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += ROWS) out.push(items.slice(i, i + ROWS));
  return out;
}

/** The PostgreSQL implementation of the Store. */
export class PostgresStore extends KyselyStore {
  readonly dialect = 'postgres' as const;
  readonly location: string;

  private constructor(
    private readonly pool: pg.Pool,
    location: string,
  ) {
    super(new Kysely<Database>({ dialect: new PostgresDialect({ pool }) }));
    this.location = location;
  }

  /**
   * Connects to PostgreSQL and applies pending migrations.
   * @param databaseUrl - a `postgres://` URL
   * @returns the store
   * @throws the driver's error when the server cannot be reached
   */
  static async open(databaseUrl: string): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 8 });
    // An idle client can lose its connection (server restart, database dropped while closing);
    // the pool replaces it. Without a listener the error would crash the process.
    pool.on('error', (error: Error & { code?: string }) => {
      if (error.code !== '57P01')
        process.stderr.write(`daylight: idle PostgreSQL connection lost: ${error.message}\n`);
    });
    const client = await pool.connect().catch(async (error: unknown) => {
      await pool.end();
      throw error;
    });
    try {
      // Migration 002 adds the edge index; links of entities stored before it are derived now.
      const applied = await migratePostgres(client);
      if (applied.includes(2)) await backfillPostgresEdges(client);
      // Migration 004 adds the blocking index for matching; entities stored before it are indexed now.
      if (applied.includes(4)) await backfillPostgresMatchKeys(client);
    } finally {
      client.release();
    }
    const url = new URL(databaseUrl);
    url.password = '';
    return new PostgresStore(pool, url.toString());
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }

  protected async transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    const q = (text: string, values: unknown[] = []) => client.query(text, values);
    const tx: WriteTx = {
      replaceEdges: (ids, edges) => postgresEdgeWriter(client).replace(ids, edges),
      replaceMatchKeys: (ids, rows) => postgresMatchKeyWriter(client).replace(ids, rows),
      ensureDatasets: async (names, now) => {
        for (const name of names) {
          await q(
            "INSERT INTO datasets (name, title, visibility, created_at) VALUES ($1, NULL, 'internal', $2) ON CONFLICT (name) DO NOTHING",
            [name, now],
          );
        }
      },
      upsertSources: async (sources: readonly Source[]) => {
        for (const s of sources) {
          await q(
            `INSERT INTO sources (id, kind, dataset, title, publisher, url, published_at, retrieved_at, file_name, content_hash)
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
             ON CONFLICT (id) DO UPDATE SET title = EXCLUDED.title, publisher = EXCLUDED.publisher, url = EXCLUDED.url,
               published_at = EXCLUDED.published_at, retrieved_at = EXCLUDED.retrieved_at,
               file_name = EXCLUDED.file_name, content_hash = EXCLUDED.content_hash`,
            [
              s.id,
              s.kind,
              s.dataset,
              s.title,
              s.publisher,
              s.url,
              s.publishedAt,
              s.retrievedAt,
              s.fileName,
              s.contentHash,
            ],
          );
        }
      },
      insertStatements: async (statements: readonly Statement[]) => {
        const existing = new Set<string>();
        // ON CONFLICT DO UPDATE may not touch a row twice in one statement: repeat ids within the
        // batch count as existing and are left out of the insert.
        const unique: Statement[] = [];
        const ids = new Set<string>();
        for (const s of statements) {
          if (ids.has(s.id)) existing.add(s.id);
          else {
            ids.add(s.id);
            unique.push(s);
          }
        }
        const width = STATEMENT_COLUMNS.length;
        for (const part of chunked(unique)) {
          const result = await q(
            `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')}) VALUES ${valuesList(part.length, width)}
             ON CONFLICT (id) DO UPDATE SET last_seen = GREATEST(statements.last_seen, EXCLUDED.last_seen)
             RETURNING id, (xmax = 0) AS inserted`,
            part.flatMap(statementValues),
          );
          for (const row of result.rows as Array<{ id: string; inserted: boolean }>) {
            if (!row.inserted) existing.add(row.id);
          }
        }
        return existing;
      },
      upsertRecords: async (records: readonly EntityRecord[]) => {
        // One row per key and statement (as in SQLite, where rows are upserted one by one, the
        // last record of an entity in the batch wins).
        const latest = new Map(records.map((r) => [`${r.entityId}\u001f${r.dataset}`, r]));
        for (const part of chunked([...latest.values()])) {
          await q(
            `INSERT INTO entity_records (entity_id, dataset, meta) VALUES ${valuesList(part.length, 3)}
             ON CONFLICT (entity_id, dataset) DO UPDATE SET meta = EXCLUDED.meta`,
            part.flatMap((r) => [r.entityId, r.dataset, JSON.stringify(r.meta)]),
          );
        }
      },
      existingEntityIds: async (ids) => {
        if (ids.length === 0) return new Set();
        const result = await q('SELECT id FROM entities WHERE id = ANY($1::text[])', [ids]);
        return new Set((result.rows as Array<{ id: string }>).map((r) => r.id));
      },
      loadStatements: async (ids) => {
        if (ids.length === 0) return [];
        const result = await q('SELECT * FROM statements WHERE entity_id = ANY($1::text[]) ORDER BY seq', [
          ids,
        ]);
        return (result.rows as Array<Parameters<typeof statementFromRow>[0]>).map(statementFromRow);
      },
      writeEntities: async (
        entities: readonly Entity[],
        names: readonly NameRow[],
        replaceNames: boolean,
      ) => {
        for (const part of chunked(entities)) {
          await q(
            `INSERT INTO entities (id, schema, caption, datasets, first_seen, last_seen) VALUES ${valuesList(part.length, 6)}
             ON CONFLICT (id) DO UPDATE SET schema = EXCLUDED.schema, caption = EXCLUDED.caption,
               datasets = EXCLUDED.datasets, first_seen = EXCLUDED.first_seen, last_seen = EXCLUDED.last_seen`,
            part.flatMap((e) => {
              const r = entityRow(e);
              return [r.id, r.schema, r.caption, r.datasets, r.first_seen, r.last_seen];
            }),
          );
          if (replaceNames)
            await q('DELETE FROM names WHERE entity_id = ANY($1::text[])', [part.map((e) => e.id)]);
        }
        for (const part of chunked(names)) {
          await q(
            `INSERT INTO names (entity_id, name, norm) VALUES ${valuesList(part.length, 3)}`,
            part.flatMap((n) => [n.entityId, n.name, n.norm]),
          );
        }
      },
      deleteEntities: async (ids) => {
        if (ids.length === 0) return;
        await q('DELETE FROM entities WHERE id = ANY($1::text[])', [ids]);
        await q('DELETE FROM names WHERE entity_id = ANY($1::text[])', [ids]);
      },
      retractStatements: async (entity, dataset, keep, at) => {
        const result = await q(
          `UPDATE statements SET retracted_at = $1
            WHERE entity_id = $2 AND dataset = $3 AND retracted_at IS NULL AND NOT (id = ANY($4::text[]))`,
          [at, entity, dataset, [...keep]],
        );
        return result.rowCount ?? 0;
      },
      reviveStatements: async (ids) => {
        if (ids.length === 0) return;
        await q('UPDATE statements SET retracted_at = NULL WHERE id = ANY($1::text[])', [[...ids]]);
      },
    };
    try {
      await client.query('BEGIN');
      const result = await work(tx);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  protected async tokenCandidates(tokens: readonly string[], limit: number): Promise<Candidate[]> {
    // Tokens are folded to letters and digits already; `:*` makes each a prefix.
    const query = tokens.map((t) => `${t}:*`).join(' & ');
    const result = await this.pool.query<Candidate>(
      `SELECT entity_id, name FROM names
       WHERE to_tsvector('simple', norm) @@ to_tsquery('simple', $1)
       ORDER BY ts_rank(to_tsvector('simple', norm), to_tsquery('simple', $1)) DESC, id
       LIMIT $2`,
      [query, limit],
    );
    return result.rows;
  }

  protected async substringCandidates(folded: string, limit: number): Promise<Candidate[]> {
    const pattern = `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const result = await this.pool.query<Candidate>(
      'SELECT entity_id, name FROM names WHERE norm LIKE $1 ORDER BY id LIMIT $2',
      [pattern, limit],
    );
    return result.rows;
  }
}
