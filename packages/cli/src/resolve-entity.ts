/**
 * Turns what a user typed (an id or a name) into one entity.
 */
import { AmbiguousEntityError, EntityNotFoundError, entityId, type EntitySummary } from '@daylight/core';
import type { Store } from '@daylight/store';

/** How many candidates an ambiguity error lists. */
const CANDIDATES = 20;

/**
 * Resolves an entity id, or a name that matches exactly one entity (case and diacritics folded).
 * @param store - the store
 * @param query - an id or a name
 * @returns the entity's summary
 * @throws EntityNotFoundError when nothing matches; AmbiguousEntityError when several do
 */
export async function resolveEntity(store: Store, query: string): Promise<EntitySummary> {
  const byId = await store.getSummaries([entityId(query)]);
  const found = byId.get(entityId(query));
  if (found) return found;
  const exact = await store.findByExactName(query, CANDIDATES);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) throw new AmbiguousEntityError(query, exact);
  const hits = await store.search(query, { limit: CANDIDATES });
  if (hits.length === 1)
    return { id: entityId(hits[0]!.id), schema: hits[0]!.schema, caption: hits[0]!.caption };
  if (hits.length > 1) throw new AmbiguousEntityError(query, hits);
  throw new EntityNotFoundError(query);
}
