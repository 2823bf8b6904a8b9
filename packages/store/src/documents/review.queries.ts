/**
 * Review queries: the candidates extraction proposed (entities whose current statements are
 * `proposed`), and the accepted copy of a candidate. Kysely, the same SQL on both databases.
 */
import type { Kysely } from 'kysely';
import { entityId, type EntityId, type SourceId } from '@daylight/core';
import type { Database } from '../database.types.js';

/** A candidate awaiting review. */
export interface CandidateSummary {
  readonly entityId: EntityId;
  readonly schema: string;
  readonly dataset: string;
  /** Highest confidence among its proposed statements. */
  readonly confidence: number | null;
  readonly statements: number;
  /** Its proposed names (empty for relationships). */
  readonly names: readonly string[];
}

/**
 * @param db - the store's Kysely instance
 * @param options - dataset, minimum confidence, limit
 * @returns candidates, most confident first
 */
export async function queryCandidates(
  db: Kysely<Database>,
  options: { dataset?: string | undefined; minConfidence?: number | undefined; limit: number },
): Promise<CandidateSummary[]> {
  let q = db
    .selectFrom('statements')
    .select((eb) => [
      'entity_id',
      'schema',
      'dataset',
      eb.fn.max('confidence').as('confidence'),
      eb.fn.countAll().as('n'),
    ])
    .where('status', '=', 'proposed')
    .where('retracted_at', 'is', null)
    .groupBy(['entity_id', 'schema', 'dataset']);
  if (options.dataset !== undefined) q = q.where('dataset', '=', options.dataset);
  if (options.minConfidence !== undefined)
    q = q.having((eb) => eb.fn.max('confidence'), '>=', options.minConfidence);
  const rows = await q.orderBy('confidence', 'desc').orderBy('entity_id').limit(options.limit).execute();
  const ids = rows.map((r) => r.entity_id);
  const names = new Map<string, string[]>();
  if (ids.length > 0) {
    const nameRows = await db
      .selectFrom('statements')
      .select(['entity_id', 'value'])
      .where('entity_id', 'in', ids)
      .where('prop', '=', 'name')
      .where('status', '=', 'proposed')
      .where('retracted_at', 'is', null)
      .orderBy('seq')
      .execute();
    for (const r of nameRows) {
      const list = names.get(r.entity_id) ?? [];
      if (!list.includes(r.value)) list.push(r.value);
      names.set(r.entity_id, list);
    }
  }
  return rows.map((r) => ({
    entityId: entityId(r.entity_id),
    schema: r.schema,
    dataset: r.dataset,
    confidence: r.confidence === null ? null : Number(r.confidence),
    statements: Number(r.n),
    names: names.get(r.entity_id) ?? [],
  }));
}

/**
 * The entity a candidate was accepted into: the entity of a current accepted `name` statement with
 * the same value, from the same source, at the same evidence offset.
 * @param db - the store's Kysely instance
 * @param mention - the candidate's name statement: value, source and evidence start
 * @returns the accepted entity's id, or undefined when the candidate has not been accepted
 */
export async function queryAcceptedEntity(
  db: Kysely<Database>,
  mention: { value: string; sourceId: SourceId; start: number },
): Promise<EntityId | undefined> {
  const row = await db
    .selectFrom('statements')
    .select('entity_id')
    .where('prop', '=', 'name')
    .where('value', '=', mention.value)
    .where('source_id', '=', mention.sourceId)
    .where('evidence_start', '=', mention.start)
    .where('status', '=', 'accepted')
    .where('retracted_at', 'is', null)
    .orderBy('seq')
    .executeTakeFirst();
  return row ? entityId(row.entity_id) : undefined;
}

/** A stored name, for recognising known entities in documents. */
export interface StoredName {
  readonly entityId: EntityId;
  readonly name: string;
  readonly schema: string;
}

/**
 * Names of stored entities (of the schemata extraction proposes), for the extractor's known-name
 * matcher.
 * @param db - the store's Kysely instance
 * @param options - schemata to include and at most how many names
 * @returns names with their entity and schema
 */
export async function queryKnownNames(
  db: Kysely<Database>,
  options: { schemata: readonly string[]; limit: number },
): Promise<StoredName[]> {
  if (options.schemata.length === 0) return [];
  const rows = await db
    .selectFrom('names')
    .innerJoin('entities', 'entities.id', 'names.entity_id')
    .select(['names.entity_id', 'names.name', 'entities.schema'])
    .where('entities.schema', 'in', [...options.schemata])
    .orderBy('names.entity_id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => ({ entityId: entityId(r.entity_id), name: r.name, schema: r.schema }));
}
