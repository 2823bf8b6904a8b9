/**
 * Duplicate candidates: pairs of stored entities that the matcher scores at or above a
 * threshold, each with its explanation. Read-only; deciding (merge, not the same) is the
 * user's call.
 */
import { matchableSchemata, type MatchHit } from './match.queries.js';
import type { Store } from '../store.js';
import type { DatasetId, Entity } from '@daylight/core';

/** Entity kinds worth deduplicating (relationships and documents are not). */
const DEDUPE_SCHEMATA = new Set([...matchableSchemata('LegalEntity'), 'Person', 'Vessel', 'Airplane']);

/** A pair of entities that may be one. */
export interface DuplicatePair {
  readonly a: { readonly id: string; readonly schema: string; readonly caption: string };
  readonly b: { readonly id: string; readonly schema: string; readonly caption: string };
  readonly score: number;
  readonly explanation: readonly string[];
}

/**
 * Candidates that may be the same as one entity.
 * @param store - the store
 * @param entity - the entity
 * @param threshold - the lowest score listed
 * @param limit - at most this many
 * @returns candidates, best first, the entity itself excluded
 */
export async function findDuplicatesOf(
  store: Store,
  entity: Entity,
  threshold: number,
  limit: number,
): Promise<MatchHit[]> {
  const hits = await store.match(
    { schema: entity.schema, properties: entity.properties },
    { limit, threshold, excludeIds: [entity.id] },
  );
  return hits.filter((h) => h.score >= threshold);
}

/**
 * Every pair of entities (of one dataset, or all) scored at or above the threshold, each pair once.
 * @param store - the store
 * @param options - dataset, threshold, at most this many pairs
 * @returns pairs, best first
 */
export async function findDuplicatePairs(
  store: Store,
  options: { dataset?: DatasetId | undefined; threshold: number; limit: number },
): Promise<DuplicatePair[]> {
  const pairs = new Map<string, DuplicatePair>();
  const iterate =
    options.dataset === undefined
      ? store.iterateEntities()
      : store.iterateEntities({ dataset: options.dataset });
  for await (const entity of iterate) {
    if (!DEDUPE_SCHEMATA.has(entity.schema)) continue;
    for (const hit of await findDuplicatesOf(store, entity, options.threshold, 5)) {
      if (options.dataset !== undefined && !hit.datasets.includes(options.dataset)) continue;
      const [a, b] = entity.id < hit.id ? [entity, hit] : [hit, entity];
      const key = `${a.id}\u001f${b.id}`;
      if (pairs.has(key)) continue;
      pairs.set(key, {
        a: { id: a.id, schema: a.schema, caption: a.caption },
        b: { id: b.id, schema: b.schema, caption: b.caption },
        score: hit.score,
        explanation: hit.explanation,
      });
    }
  }
  return [...pairs.values()]
    .sort(
      (x, y) => y.score - x.score || (x.a.id < y.a.id ? -1 : x.a.id > y.a.id ? 1 : x.b.id < y.b.id ? -1 : 1),
    )
    .slice(0, options.limit);
}
