/**
 * The embedded store: one SQLite file through better-sqlite3, WAL mode, FTS5 name indexes.
 */
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Entity, EntityRecord, Source, Statement } from '@daylight/core';
import type { Database } from '../database.types.js';
import { KyselyStore, type Candidate, type NameRow, type WriteTx } from '../kysely-store.js';
import { MIGRATIONS } from '../migrations/index.js';
import { backfillSqliteEdges, sqliteEdgeWriter, type EdgeWriter } from '../edges/edge.writers.js';
import { backfillSqliteMatchKeys, sqliteMatchKeyWriter } from '../matching/match-keys.writers.js';
import { STATEMENT_COLUMNS, entityRow, statementFromRow, statementValues } from '../rows.js';

type Db = BetterSqlite3.Database;

/** How long a writer waits for another process's lock before failing (ms). */
const BUSY_TIMEOUT = 10_000;

/**
 * Applies pending migrations to a SQLite database, each in its own transaction.
 * @param db - an open connection
 * @returns the versions applied now
 */
export function migrateSqlite(db: Db): number[] {
  db.exec(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)',
  );
  const done = new Set(
    (db.prepare('SELECT version FROM schema_migrations').all() as Array<{ version: number }>).map(
      (r) => r.version,
    ),
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sqlite);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        new Date().toISOString(),
      );
    }).immediate();
    applied.push(m.version);
  }
  return applied;
}

/** FTS5 query syntax: every token quoted, as a prefix, all required. */
function ftsPrefixQuery(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' AND ');
}

/** The SQLite implementation of the Store. */
export class SqliteStore extends KyselyStore {
  readonly dialect = 'sqlite' as const;
  readonly location: string;
  private readonly raw: Db;
  private readonly prepared: ReturnType<typeof prepare>;
  private readonly edgeWriter: EdgeWriter;

  private constructor(raw: Db, path: string) {
    super(new Kysely<Database>({ dialect: new SqliteDialect({ database: raw }) }));
    this.raw = raw;
    this.location = path;
    this.prepared = prepare(raw);
    this.edgeWriter = sqliteEdgeWriter(raw);
  }

  /**
   * Opens (creating if needed) a SQLite store and applies pending migrations.
   * @param path - the database file, or `:memory:`
   * @returns the store
   */
  static open(path: string): SqliteStore {
    const raw = new BetterSqlite3(path, { timeout: BUSY_TIMEOUT });
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = NORMAL');
    raw.pragma('foreign_keys = ON');
    // A larger page cache keeps the random-keyed statement-id index in memory during imports.
    raw.pragma('cache_size = -131072');
    raw.pragma('temp_store = MEMORY');
    // Migration 002 adds the edge index; links of entities stored before it are derived now.
    const applied = migrateSqlite(raw);
    if (applied.includes(2)) backfillSqliteEdges(raw);
    // Migration 004 adds the blocking index for matching; entities stored before it are indexed now.
    if (applied.includes(4)) backfillSqliteMatchKeys(raw);
    return new SqliteStore(raw, path);
  }

  async close(): Promise<void> {
    await this.db.destroy();
    if (this.raw.open) this.raw.close();
  }

  protected async transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T> {
    const p = this.prepared;
    const raw = this.raw;
    const tx: WriteTx = {
      replaceEdges: (ids, edges) => this.edgeWriter.replace(ids, edges),
      replaceMatchKeys: (ids, rows) => sqliteMatchKeyWriter(raw).replace(ids, rows),
      ensureDatasets: (names, now) => {
        for (const name of names) p.ensureDataset.run(name, now);
        return Promise.resolve();
      },
      upsertSources: (sources: readonly Source[]) => {
        for (const s of sources) {
          p.upsertSource.run(
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
          );
        }
        return Promise.resolve();
      },
      insertStatements: (statements: readonly Statement[]) => {
        const existing = new Set<string>();
        for (const s of statements) {
          if (p.insertStatement.run(...statementValues(s)).changes === 0) {
            existing.add(s.id);
            p.touchStatement.run(s.lastSeen, s.id, s.lastSeen);
          }
        }
        return Promise.resolve(existing);
      },
      upsertRecords: (records: readonly EntityRecord[]) => {
        for (const r of records) p.upsertRecord.run(r.entityId, r.dataset, JSON.stringify(r.meta));
        return Promise.resolve();
      },
      existingEntityIds: (ids) => {
        const out = new Set<string>();
        for (const id of ids) if (p.entityExists.get(id)) out.add(id);
        return Promise.resolve(out);
      },
      loadStatements: (ids) => {
        const rows = ids.flatMap((id) => p.statementsOf.all(id) as Parameters<typeof statementFromRow>[0][]);
        return Promise.resolve(rows.map(statementFromRow));
      },
      writeEntities: (entities: readonly Entity[], names: readonly NameRow[], replaceNames: boolean) => {
        for (const e of entities) {
          const row = entityRow(e);
          p.upsertEntity.run(row.id, row.schema, row.caption, row.datasets, row.first_seen, row.last_seen);
          if (replaceNames) deleteNames(e.id);
        }
        for (const n of names) p.insertName.run(n.entityId, n.name, n.norm);
        return Promise.resolve();
      },
      deleteEntities: (ids) => {
        for (const id of ids) {
          p.deleteEntity.run(id);
          deleteNames(id);
        }
        return Promise.resolve();
      },
      retractStatements: (entity, dataset, keep, at) => {
        const spared = new Set(keep);
        let count = 0;
        for (const id of p.currentStatementIds.all(entity, dataset) as string[]) {
          if (spared.has(id)) continue;
          count += p.retractStatement.run(at, id).changes;
        }
        return Promise.resolve(count);
      },
      reviveStatements: (ids) => {
        for (const id of ids) p.reviveStatement.run(id);
        return Promise.resolve();
      },
    };
    // Names rows above this id are not in the full-text tables yet; they are indexed in one go
    // just before COMMIT (bulk FTS5 inserts cost a fraction of row-by-row ones).
    const indexedUpTo = Number(p.maxNameId.get() ?? 0);
    const deleteNames = (entity: string): void => {
      for (const row of p.namesOf.all(entity) as Array<{ id: number; norm: string }>) {
        if (row.id <= indexedUpTo) {
          p.ftsDelete.run(row.id, row.norm);
          p.triDelete.run(row.id, row.norm);
        }
      }
      p.deleteNames.run(entity);
    };
    raw.exec('BEGIN IMMEDIATE');
    try {
      const result = await work(tx);
      p.ftsCatchUp.run(indexedUpTo);
      p.triCatchUp.run(indexedUpTo);
      raw.exec('COMMIT');
      return result;
    } catch (error) {
      if (raw.inTransaction) raw.exec('ROLLBACK');
      throw error;
    }
  }

  protected tokenCandidates(tokens: readonly string[], limit: number): Promise<Candidate[]> {
    return Promise.resolve(this.prepared.ftsSearch.all(ftsPrefixQuery(tokens), limit) as Candidate[]);
  }

  protected substringCandidates(folded: string, limit: number): Promise<Candidate[]> {
    return Promise.resolve(
      this.prepared.trigramSearch.all(`"${folded.replaceAll('"', '""')}"`, limit) as Candidate[],
    );
  }
}

function prepare(db: Db) {
  const placeholders = STATEMENT_COLUMNS.map(() => '?').join(', ');
  return {
    ensureDataset: db.prepare(
      "INSERT INTO datasets (name, title, visibility, created_at) VALUES (?, NULL, 'internal', ?) ON CONFLICT(name) DO NOTHING",
    ),
    upsertSource: db.prepare(
      `INSERT INTO sources (id, kind, dataset, title, publisher, url, published_at, retrieved_at, file_name, content_hash)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET title = excluded.title, publisher = excluded.publisher, url = excluded.url,
         published_at = excluded.published_at, retrieved_at = excluded.retrieved_at, file_name = excluded.file_name,
         content_hash = excluded.content_hash`,
    ),
    insertStatement: db.prepare(
      `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')}) VALUES (${placeholders}) ON CONFLICT(id) DO NOTHING`,
    ),
    touchStatement: db.prepare('UPDATE statements SET last_seen = ? WHERE id = ? AND last_seen < ?'),
    upsertRecord: db.prepare(
      'INSERT INTO entity_records (entity_id, dataset, meta) VALUES (?, ?, ?) ON CONFLICT(entity_id, dataset) DO UPDATE SET meta = excluded.meta',
    ),
    entityExists: db.prepare('SELECT 1 FROM entities WHERE id = ?').pluck(),
    statementsOf: db.prepare('SELECT * FROM statements WHERE entity_id = ? ORDER BY seq'),
    upsertEntity: db.prepare(
      `INSERT INTO entities (id, schema, caption, datasets, first_seen, last_seen) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT(id) DO UPDATE SET schema = excluded.schema, caption = excluded.caption, datasets = excluded.datasets,
         first_seen = excluded.first_seen, last_seen = excluded.last_seen`,
    ),
    deleteNames: db.prepare('DELETE FROM names WHERE entity_id = ?'),
    namesOf: db.prepare('SELECT id, norm FROM names WHERE entity_id = ?'),
    maxNameId: db.prepare('SELECT max(id) FROM names').pluck(),
    ftsDelete: db.prepare("INSERT INTO names_fts(names_fts, rowid, norm) VALUES ('delete', ?, ?)"),
    triDelete: db.prepare("INSERT INTO names_tri(names_tri, rowid, norm) VALUES ('delete', ?, ?)"),
    ftsCatchUp: db.prepare(
      'INSERT INTO names_fts(rowid, norm) SELECT id, norm FROM names WHERE id > ? ORDER BY id',
    ),
    triCatchUp: db.prepare(
      'INSERT INTO names_tri(rowid, norm) SELECT id, norm FROM names WHERE id > ? ORDER BY id',
    ),
    insertName: db.prepare('INSERT INTO names (entity_id, name, norm) VALUES (?, ?, ?)'),
    deleteEntity: db.prepare('DELETE FROM entities WHERE id = ?'),
    currentStatementIds: db
      .prepare('SELECT id FROM statements WHERE entity_id = ? AND dataset = ? AND retracted_at IS NULL')
      .pluck(),
    retractStatement: db.prepare(
      'UPDATE statements SET retracted_at = ? WHERE id = ? AND retracted_at IS NULL',
    ),
    reviveStatement: db.prepare('UPDATE statements SET retracted_at = NULL WHERE id = ?'),
    ftsSearch: db.prepare(
      `SELECT n.entity_id AS entity_id, n.name AS name FROM names_fts f JOIN names n ON n.id = f.rowid
       WHERE names_fts MATCH ? ORDER BY f.rank LIMIT ?`,
    ),
    trigramSearch: db.prepare(
      `SELECT n.entity_id AS entity_id, n.name AS name FROM names_tri t JOIN names n ON n.id = t.rowid
       WHERE names_tri MATCH ? LIMIT ?`,
    ),
  };
}
