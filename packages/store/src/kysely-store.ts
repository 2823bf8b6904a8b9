/**
 * What both stores share: reads through Kysely (one query codebase for SQLite and PostgreSQL),
 * the write algorithm (statements in, derived entities and names rebuilt), and search ranking.
 * Each dialect supplies its transaction primitives and its full-text candidate query.
 */
import { sql, type Kysely } from 'kysely';
import {
  EntityNotFoundError,
  buildEntity,
  datasetId,
  deriveEdges,
  entityId,
  nameProperties,
  getSchema,
  normalizeName,
  nameTokens,
  schemaWithDescendants,
  scoreNameMatch,
  type DatasetId,
  type EdgeRecord,
  type Entity,
  type EntityId,
  type EntityRecord,
  type EntitySummary,
  type Source,
  type SourceId,
  type Statement,
  type MatchSubject,
} from '@daylight/core';
import type { SearchHit } from '@daylight/core/api';
import { z } from 'zod';
import type { Database } from './database.types.js';
import { datasetsFromRow, sourceFromRow, statementFromRow } from './rows.js';
import { queryEdges, type EdgeQuery } from './edges/edge.queries.js';
import {
  insertDocumentText,
  queryDocument,
  queryDocumentSources,
  type DocumentText,
  type StoredDocument,
} from './documents/document.queries.js';
import {
  queryAcceptedEntity,
  queryCandidates,
  queryKnownNames,
  type CandidateSummary,
  type StoredName,
} from './documents/review.queries.js';
import { matchEntities, type MatchHit, type MatchOptions } from './matching/match.queries.js';
import { matchKeyRows, type MatchKeyRow } from './matching/match-keys.writers.js';
import { fuzzySearchCandidates } from './matching/fuzzy-search.queries.js';
import type {
  DatasetInfo,
  EntityScope,
  SearchOptions,
  StatementQuery,
  Store,
  StoreCounts,
  Visibility,
  WriteBatch,
  WriteResult,
} from './store.js';

/** A name row to index. */
export interface NameRow {
  readonly entityId: string;
  readonly name: string;
  readonly norm: string;
}

/** A search candidate as the full-text query returns it. */
export interface Candidate {
  readonly entity_id: string;
  readonly name: string;
}

/** The primitives a write transaction offers; each dialect implements them. */
export interface WriteTx {
  ensureDatasets(names: readonly string[], now: string): Promise<void>;
  upsertSources(sources: readonly Source[]): Promise<void>;
  /** Inserts new statements; for existing ids moves last_seen forward. Returns the existing ids. */
  insertStatements(statements: readonly Statement[]): Promise<Set<string>>;
  upsertRecords(records: readonly EntityRecord[]): Promise<void>;
  existingEntityIds(ids: readonly string[]): Promise<Set<string>>;
  /** All statements of these entities, in stored order. */
  loadStatements(ids: readonly string[]): Promise<Statement[]>;
  /** Upserts entity rows; replaces their names when `replaceNames`. */
  writeEntities(entities: readonly Entity[], names: readonly NameRow[], replaceNames: boolean): Promise<void>;
  deleteEntities(ids: readonly string[]): Promise<void>;
  /**
   * Sets `retracted_at` on the current statements of an entity in a dataset, except `keep`.
   * @returns how many were retracted
   */
  retractStatements(entityId: string, dataset: string, keep: readonly string[], at: string): Promise<number>;
  /** Makes these statements current again (clears `retracted_at`). */
  reviveStatements(ids: readonly string[]): Promise<void>;
  /** Edge index: drops the links of `ids`, then inserts `edges` (see `edges/edge.writers.ts`). */
  replaceEdges(ids: readonly string[], edges: readonly EdgeRecord[]): Promise<void>;
  /** Blocking index (migration 004): drops the keys of `ids`, then inserts `rows` (see `matching/`). */
  replaceMatchKeys(ids: readonly string[], rows: readonly MatchKeyRow[]): Promise<void>;
}

const VISIBILITIES = ['public', 'internal', 'private'] as const;
const visibilitySchema = z.enum(VISIBILITIES);
const metaSchema = z.record(z.string(), z.unknown());

/** How many full-text candidates are ranked per query. */
const CANDIDATES = 400;
/** Entity ids per IN (…) list. */
const CHUNK = 500;

const nameProps = new Map<string, string[]>();
function namePropsOf(schema: string): string[] {
  let props = nameProps.get(schema);
  if (!props) {
    props = nameProperties(getSchema(schema));
    nameProps.set(schema, props);
  }
  return props;
}

/**
 * The rows of the name index for an entity: every name-typed value, folded, without repeats.
 * @param entity - a built entity
 * @returns its name rows
 */
export function nameRows(entity: Entity): NameRow[] {
  const rows: NameRow[] = [];
  const seen = new Set<string>();
  for (const prop of namePropsOf(entity.schema)) {
    for (const name of entity.properties[prop] ?? []) {
      const norm = normalizeName(name);
      if (norm === '' || seen.has(norm)) continue;
      seen.add(norm);
      rows.push({ entityId: entity.id, name, norm });
    }
  }
  return rows;
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The shared part of the SQLite and PostgreSQL stores. */
export abstract class KyselyStore implements Store {
  abstract readonly dialect: 'sqlite' | 'postgres';
  abstract readonly location: string;
  private writeQueue: Promise<unknown> = Promise.resolve();

  /** @param db - the Kysely instance over the dialect's driver */
  protected constructor(protected readonly db: Kysely<Database>) {}

  /** Runs `work` inside one database transaction; rolls back when it throws. */
  protected abstract transaction<T>(work: (tx: WriteTx) => Promise<T>): Promise<T>;
  /** Full-text candidates whose names contain every token (as prefixes), best first. */
  protected abstract tokenCandidates(tokens: readonly string[], limit: number): Promise<Candidate[]>;
  /** Candidates whose folded names contain `folded` as a substring. */
  protected abstract substringCandidates(folded: string, limit: number): Promise<Candidate[]>;
  abstract close(): Promise<void>;

  async ensureDataset(
    name: DatasetId,
    options: { title?: string; visibility?: Visibility } = {},
  ): Promise<void> {
    await this.db
      .insertInto('datasets')
      .values({
        name,
        title: options.title ?? null,
        visibility: options.visibility ?? 'internal',
        created_at: new Date().toISOString(),
      })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
  }

  async listDatasets(): Promise<DatasetInfo[]> {
    const rows = await this.db
      .selectFrom('datasets')
      .select(['name', 'title', 'visibility', 'created_at'])
      .orderBy('name')
      .execute();
    const counts = await this.db
      .selectFrom('statements')
      .select([
        'dataset',
        sql<number>`count(*)`.as('statements'),
        sql<number>`count(distinct entity_id)`.as('entities'),
      ])
      .groupBy('dataset')
      .execute();
    const byName = new Map(counts.map((c) => [c.dataset, c]));
    return rows.map((r) => ({
      name: datasetId(r.name),
      title: r.title,
      visibility: visibilitySchema.parse(r.visibility),
      createdAt: r.created_at,
      entities: Number(byName.get(r.name)?.entities ?? 0),
      statements: Number(byName.get(r.name)?.statements ?? 0),
    }));
  }

  async writeBatch(batch: WriteBatch): Promise<WriteResult> {
    return this.writeBatches((write) => write(batch));
  }

  async writeBatches<T>(
    work: (write: (batch: WriteBatch) => Promise<WriteResult>) => Promise<T>,
  ): Promise<T> {
    // One write transaction at a time per store: a transaction must not interleave with another
    // on the same connection.
    const run = this.writeQueue.then(() =>
      this.transaction((tx) => work((batch) => this.applyBatch(tx, batch))),
    );
    this.writeQueue = run.catch(() => undefined);
    return run;
  }

  private async applyBatch(tx: WriteTx, batch: WriteBatch): Promise<WriteResult> {
    const now = new Date().toISOString();
    const datasets = new Set<string>();
    for (const s of batch.sources ?? []) datasets.add(s.dataset);
    for (const s of batch.statements) datasets.add(s.dataset);
    for (const r of batch.records ?? []) datasets.add(r.dataset);
    await tx.ensureDatasets([...datasets], now);
    await tx.upsertSources(batch.sources ?? []);
    let retracted = 0;
    const revive: string[] = [];
    for (const scope of batch.replace ?? []) {
      const keep = batch.statements
        .filter((s) => s.entityId === scope.entityId && s.dataset === scope.dataset)
        .map((s) => s.id);
      retracted += await tx.retractStatements(scope.entityId, scope.dataset, keep, now);
      revive.push(...keep);
    }
    const existing = await tx.insertStatements(batch.statements);
    await tx.reviveStatements(revive.filter((id) => existing.has(id)));
    await tx.upsertRecords(batch.records ?? []);

    const touched = new Map<string, Statement[]>();
    for (const s of batch.statements) {
      const list = touched.get(s.entityId);
      if (list) list.push(s);
      else touched.set(s.entityId, [s]);
    }
    for (const scope of batch.replace ?? []) {
      if (!touched.has(scope.entityId)) touched.set(scope.entityId, []);
    }
    const known = await tx.existingEntityIds([...touched.keys()]);
    const fresh: Entity[] = [];
    const rebuild: string[] = [];
    for (const [id, statements] of touched) {
      if (known.has(id) || statements.length === 0 || statements.some((s) => existing.has(s.id))) {
        rebuild.push(id);
      } else {
        // No entity row means no current statement in the store: the batch alone defines it.
        const entity = buildEntity(entityId(id), statements);
        if (entity) fresh.push(entity);
      }
    }
    const rebuilt: Entity[] = [];
    const gone: string[] = [];
    for (const ids of chunks(rebuild, CHUNK)) {
      const grouped = new Map<string, Statement[]>();
      for (const s of await tx.loadStatements(ids)) {
        const list = grouped.get(s.entityId);
        if (list) list.push(s);
        else grouped.set(s.entityId, [s]);
      }
      for (const id of ids) {
        const entity = buildEntity(entityId(id), grouped.get(id) ?? []);
        if (entity) rebuilt.push(entity);
        else gone.push(id);
      }
    }
    await tx.writeEntities(fresh, fresh.flatMap(nameRows), false);
    await tx.writeEntities(rebuilt, rebuilt.flatMap(nameRows), true);
    await tx.deleteEntities(gone);
    // Edge index (migration 002): a relationship entity's links follow the entity, in this same
    // transaction. Fresh entities had no row, so no links to drop.
    await tx.replaceEdges(
      [...rebuilt.map((e) => e.id), ...gone],
      [...fresh, ...rebuilt].flatMap(deriveEdges),
    );
    await tx.replaceMatchKeys([...rebuilt.map((e) => e.id), ...gone], matchKeyRows([...fresh, ...rebuilt]));
    return {
      inserted: batch.statements.length - existing.size,
      existing: existing.size,
      entities: fresh.length + rebuilt.length + gone.length,
      ...(batch.replace === undefined ? {} : { retracted }),
    };
  }

  async retractStatements(scopes: readonly EntityScope[]): Promise<number> {
    const result = await this.writeBatch({ statements: [], replace: scopes });
    return result.retracted ?? 0;
  }

  async findEntity(id: EntityId): Promise<Entity | undefined> {
    const statements = await this.getStatements(id);
    return buildEntity(id, statements);
  }

  async getEntity(id: EntityId): Promise<Entity> {
    const entity = await this.findEntity(id);
    if (!entity) throw new EntityNotFoundError(id);
    return entity;
  }

  async getSummaries(ids: readonly EntityId[]): Promise<Map<EntityId, EntitySummary>> {
    const out = new Map<EntityId, EntitySummary>();
    for (const part of chunks([...new Set(ids)], CHUNK)) {
      const rows = await this.db
        .selectFrom('entities')
        .select(['id', 'schema', 'caption'])
        .where('id', 'in', part)
        .execute();
      for (const r of rows)
        out.set(entityId(r.id), { id: entityId(r.id), schema: r.schema, caption: r.caption });
    }
    return out;
  }

  async getStatements(id: EntityId, query: StatementQuery = {}): Promise<Statement[]> {
    let q = this.db.selectFrom('statements').selectAll().where('entity_id', '=', id);
    if (!query.all) q = q.where('status', '=', 'accepted').where('retracted_at', 'is', null);
    const rows = await q.orderBy('seq').execute();
    return rows.map(statementFromRow);
  }

  async findReferencing(id: EntityId, limit: number): Promise<Array<EntitySummary & { prop: string }>> {
    const rows = await this.db
      .selectFrom('statements as s')
      .innerJoin('entities as e', 'e.id', 's.entity_id')
      .select(['e.id', 'e.schema', 'e.caption', 's.prop'])
      .where('s.prop_type', '=', 'entity')
      .where('s.value', '=', id)
      .where('s.status', '=', 'accepted')
      .where('s.retracted_at', 'is', null)
      .orderBy('e.id')
      .orderBy('s.prop')
      .limit(limit)
      .execute();
    const seen = new Set<string>();
    const out: Array<EntitySummary & { prop: string }> = [];
    for (const r of rows) {
      const key = `${r.id}\u001f${r.prop}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ id: entityId(r.id), schema: r.schema, caption: r.caption, prop: r.prop });
    }
    return out;
  }

  async getRecords(id: EntityId): Promise<EntityRecord[]> {
    const rows = await this.db
      .selectFrom('entity_records')
      .selectAll()
      .where('entity_id', '=', id)
      .orderBy('dataset')
      .execute();
    return rows.map((r) => ({
      entityId: r.entity_id,
      dataset: datasetId(r.dataset),
      meta: metaSchema.parse(JSON.parse(r.meta)),
    }));
  }

  async getSources(ids: readonly SourceId[]): Promise<Map<SourceId, Source>> {
    const out = new Map<SourceId, Source>();
    for (const part of chunks([...new Set(ids)], CHUNK)) {
      const rows = await this.db.selectFrom('sources').selectAll().where('id', 'in', part).execute();
      for (const r of rows) {
        const source = sourceFromRow(r);
        out.set(source.id, source);
      }
    }
    return out;
  }

  async *iterateEntities(options: { dataset?: DatasetId } = {}): AsyncIterable<Entity> {
    const dataset = options.dataset;
    let after = '';
    for (;;) {
      const ids: string[] = dataset
        ? (
            await this.db
              .selectFrom('statements')
              .select('entity_id')
              .distinct()
              .where('dataset', '=', dataset)
              .where('entity_id', '>', after)
              .orderBy('entity_id')
              .limit(CHUNK)
              .execute()
          ).map((r) => r.entity_id)
        : (
            await this.db
              .selectFrom('entities')
              .select('id')
              .where('id', '>', after)
              .orderBy('id')
              .limit(CHUNK)
              .execute()
          ).map((r) => r.id);
      if (ids.length === 0) return;
      let q = this.db
        .selectFrom('statements')
        .selectAll()
        .where('entity_id', 'in', ids)
        .where('status', '=', 'accepted')
        .where('retracted_at', 'is', null);
      if (dataset) q = q.where('dataset', '=', dataset);
      const rows = await q.orderBy('entity_id').orderBy('seq').execute();
      const grouped = new Map<string, Statement[]>();
      for (const row of rows) {
        const s = statementFromRow(row);
        const list = grouped.get(s.entityId);
        if (list) list.push(s);
        else grouped.set(s.entityId, [s]);
      }
      for (const id of ids) {
        const entity = buildEntity(entityId(id), grouped.get(id) ?? []);
        if (entity) yield entity;
      }
      after = ids[ids.length - 1]!;
    }
  }

  async match(query: MatchSubject, options: MatchOptions): Promise<MatchHit[]> {
    return matchEntities(this.db, query, options);
  }

  async search(query: string, options: SearchOptions): Promise<SearchHit[]> {
    const tokens = nameTokens(query);
    if (tokens.length === 0) return [];
    const schemas = options.schema ? new Set(schemaWithDescendants(options.schema)) : undefined;
    const candidates = [...(await this.tokenCandidates(tokens, CANDIDATES))];
    const folded = tokens.join(' ');
    if (candidates.length < options.limit && folded.length >= 3) {
      candidates.push(...(await this.substringCandidates(folded, CANDIDATES)));
    }
    const best = new Map<string, { name: string; score: number }>();
    for (const c of candidates) {
      const score = scoreNameMatch(query, c.name);
      if (score <= 0) continue;
      const current = best.get(c.entity_id);
      if (!current || score > current.score || (score === current.score && c.name < current.name)) {
        best.set(c.entity_id, { name: c.name, score });
      }
    }
    // Too few hits and none close: typos, other scripts and legal-form variants through the matching index.
    if (best.size < options.limit && ![...best.values()].some((b) => b.score >= 0.9)) {
      for (const c of await fuzzySearchCandidates(this.db, query, CANDIDATES)) {
        if (!best.has(c.entity_id)) best.set(c.entity_id, { name: c.name, score: c.score });
      }
    }
    const rows: Array<{ id: string; schema: string; caption: string; datasets: string }> = [];
    for (const part of chunks([...best.keys()], CHUNK)) {
      rows.push(
        ...(await this.db
          .selectFrom('entities')
          .select(['id', 'schema', 'caption', 'datasets'])
          .where('id', 'in', part)
          .execute()),
      );
    }
    return rows
      .filter((r) => !schemas || schemas.has(r.schema))
      .map((r) => {
        const hit = best.get(r.id)!;
        return {
          id: r.id,
          schema: r.schema,
          caption: r.caption,
          matchedName: hit.name,
          score: hit.score,
          datasets: datasetsFromRow(r),
        };
      })
      .sort(
        (a, b) =>
          b.score - a.score ||
          (a.caption < b.caption ? -1 : a.caption > b.caption ? 1 : 0) ||
          (a.id < b.id ? -1 : 1),
      )
      .slice(0, options.limit);
  }

  async findByExactName(name: string, limit: number): Promise<EntitySummary[]> {
    const norm = normalizeName(name);
    if (norm === '') return [];
    const rows = await this.db
      .selectFrom('names as n')
      .innerJoin('entities as e', 'e.id', 'n.entity_id')
      .select(['e.id', 'e.schema', 'e.caption'])
      .distinct()
      .where('n.norm', '=', norm)
      .orderBy('e.id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ id: entityId(r.id), schema: r.schema, caption: r.caption }));
  }

  async findEdges(ids: readonly EntityId[], query: EdgeQuery): Promise<EdgeRecord[]> {
    return queryEdges(this.db, ids, query);
  }

  async saveDocumentText(text: DocumentText): Promise<boolean> {
    return insertDocumentText(this.db, text);
  }

  async findDocument(id: SourceId): Promise<StoredDocument | undefined> {
    return queryDocument(this.db, id);
  }

  async listDocuments(options: { dataset?: string | undefined; limit: number }): Promise<Source[]> {
    return queryDocumentSources(this.db, options);
  }

  async listCandidates(options: {
    dataset?: string | undefined;
    minConfidence?: number | undefined;
    limit: number;
  }): Promise<CandidateSummary[]> {
    return queryCandidates(this.db, options);
  }

  async findAcceptedEntity(mention: {
    value: string;
    sourceId: SourceId;
    start: number;
  }): Promise<EntityId | undefined> {
    return queryAcceptedEntity(this.db, mention);
  }

  async knownNames(options: { schemata: readonly string[]; limit: number }): Promise<StoredName[]> {
    return queryKnownNames(this.db, options);
  }

  async counts(): Promise<StoreCounts> {
    const count = async (table: 'entities' | 'statements' | 'sources' | 'datasets'): Promise<number> => {
      const row = await this.db
        .selectFrom(table)
        .select(sql<number>`count(*)`.as('n'))
        .executeTakeFirstOrThrow();
      return Number(row.n);
    };
    return {
      entities: await count('entities'),
      statements: await count('statements'),
      sources: await count('sources'),
      datasets: await count('datasets'),
    };
  }
}
