/**
 * Matching against the store: candidates from the blocking index (no scan), then each candidate
 * compared with the query by core's entity comparison. The same code runs on both dialects.
 */
import { sql, type Kysely } from 'kysely';
import {
  DEFAULT_MATCH_THRESHOLD,
  compareEntities,
  matchKeys,
  schemaWithDescendants,
  type MatchSubject,
} from '@daylight/core';
import type { Database } from '../database.types.js';
import { datasetsFromRow } from '../rows.js';

/** Options of a match query. */
export interface MatchOptions {
  /** At most this many results (best first). */
  readonly limit: number;
  /** The score at which a result is a match (default: core's DEFAULT_MATCH_THRESHOLD). */
  readonly threshold?: number | undefined;
  /** Only entities with a statement in this dataset. */
  readonly dataset?: string | undefined;
  /** Entities never to return. */
  readonly excludeIds?: readonly string[] | undefined;
  /** Candidates compared in full per query (default 15). */
  readonly candidates?: number | undefined;
}

/** One ranked result of a match query. */
export interface MatchHit {
  readonly id: string;
  readonly schema: string;
  readonly caption: string;
  readonly datasets: string[];
  readonly properties: Readonly<Record<string, string[]>>;
  readonly score: number;
  readonly match: boolean;
  readonly explanation: readonly string[];
}

/** Entity ids fetched per key; a key shared by more entities than this says little anyway. */
const PER_KEY = 200;
const DEFAULT_CANDIDATES = 15;

/**
 * The schemata a query of `schema` may be matched with: people with people, legal entities with
 * legal entities (a Company query finds Organizations and LegalEntities too), others with their kind.
 * @param schema - the query's schema
 * @returns the candidate schemata
 */
export function matchableSchemata(schema: string): string[] {
  if (schema === 'Person') return ['Person'];
  if (['LegalEntity', 'Company', 'Organization', 'PublicBody'].includes(schema)) {
    return schemaWithDescendants('LegalEntity').filter((s) => s !== 'Person');
  }
  return schemaWithDescendants(schema);
}

function keyWeight(key: string, hits: number): number {
  const base = key.startsWith('i:') ? 5 : key.startsWith('t:') ? 1 : 0.5;
  // Rarer keys say more: a token shared by 500 entities counts for about a third of a unique one.
  return base / (1 + Math.log10(Math.max(1, hits)));
}

/**
 * Entities sharing blocking keys with a query, each with a vote: the sum over shared keys of the
 * key's weight (identifiers most, rare tokens more than common ones). One round trip.
 * @param db - the store's Kysely instance
 * @param keys - the query's keys (`matchKeys`)
 * @returns votes by entity id
 */
export async function blockingVotes(
  db: Kysely<Database>,
  keys: readonly string[],
): Promise<Map<string, number>> {
  const votes = new Map<string, number>();
  if (keys.length === 0) return votes;
  // One round trip: each key's entities, at most PER_KEY of them (a common token says little anyway).
  const parts = keys.map(
    (key, i) =>
      sql<{
        key: string;
        entity_id: string;
      }>`SELECT * FROM (SELECT key, entity_id FROM match_keys WHERE key = ${key} LIMIT ${PER_KEY}) AS ${sql.raw(`k${i}`)}`,
  );
  const found = await sql<{ key: string; entity_id: string }>`${sql.join(parts, sql` UNION ALL `)}`.execute(
    db,
  );
  const perKey = new Map<string, number>();
  for (const r of found.rows) perKey.set(r.key, (perKey.get(r.key) ?? 0) + 1);
  for (const r of found.rows) {
    const weight = keyWeight(r.key, perKey.get(r.key) ?? 1);
    votes.set(r.entity_id, (votes.get(r.entity_id) ?? 0) + weight);
  }
  return votes;
}

/**
 * Ranks stored entities against a query by example.
 * @param db - the store's Kysely instance
 * @param query - schema and properties (names, identifiers, countries, dates)
 * @param options - limit, threshold, dataset, exclusions
 * @returns the best candidates, best first, each with score, decision and explanation
 */
export async function matchEntities(
  db: Kysely<Database>,
  query: MatchSubject,
  options: MatchOptions,
): Promise<MatchHit[]> {
  const keys = matchKeys(query);
  if (keys.length === 0) return [];
  const votes = await blockingVotes(db, keys);
  const excluded = new Set(options.excludeIds ?? []);
  const allowed = new Set(matchableSchemata(query.schema));
  const ranked = [...votes.entries()]
    .filter(([id]) => !excluded.has(id))
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, (options.candidates ?? DEFAULT_CANDIDATES) * 3)
    .map(([id]) => id);
  if (ranked.length === 0) return [];

  const rows = await db
    .selectFrom('entities')
    .select(['id', 'schema', 'caption', 'datasets'])
    .where('id', 'in', ranked)
    .execute();
  const byId = new Map(
    rows
      .filter((r) => allowed.has(r.schema))
      .filter((r) => options.dataset === undefined || datasetsFromRow(r).includes(options.dataset))
      .map((r) => [r.id, r]),
  );
  const chosen = ranked.filter((id) => byId.has(id)).slice(0, options.candidates ?? DEFAULT_CANDIDATES);
  if (chosen.length === 0) return [];

  // Only the values the comparison reads, straight into property lists (no full statements).
  const values = await db
    .selectFrom('statements')
    .select(['entity_id', 'prop', 'value'])
    .where('entity_id', 'in', chosen)
    .where('status', '=', 'accepted')
    .where('retracted_at', 'is', null)
    .where('prop', '!=', 'id')
    .orderBy('seq')
    .execute();
  const propsById = new Map<string, Record<string, string[]>>();
  for (const v of values) {
    let props = propsById.get(v.entity_id);
    if (!props) propsById.set(v.entity_id, (props = {}));
    const list = (props[v.prop] ??= []);
    if (!list.includes(v.value)) list.push(v.value);
  }
  const threshold = options.threshold ?? DEFAULT_MATCH_THRESHOLD;
  const hits: MatchHit[] = [];
  for (const id of chosen) {
    const row = byId.get(id);
    if (!row) continue;
    const properties = propsById.get(id) ?? {};
    const result = compareEntities(query, { schema: row.schema, properties }, threshold);
    hits.push({
      id,
      schema: row.schema,
      caption: row.caption,
      datasets: datasetsFromRow(row),
      properties,
      score: result.score,
      match: result.match,
      explanation: result.explanation,
    });
  }
  return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : 1)).slice(0, options.limit);
}
