/**
 * Which entities an export covers: all of them (optionally of one dataset), or one entity and
 * its neighbourhood up to a depth (`--entity ID --depth N`).
 */
import { findSchema, propertiesOf, type DatasetId, type Entity, type EntityId } from '@daylight/core';
import type { Store } from '@daylight/store';

/** What to export. */
export interface ExportScope {
  readonly dataset?: DatasetId;
  /** Start from this entity … */
  readonly entity?: EntityId;
  /** … and follow relations this many steps (a relationship entity and its far end is one step). */
  readonly depth?: number;
}

const NEIGHBOURS = 10_000;

function references(entity: Entity): string[] {
  const schema = findSchema(entity.schema);
  if (!schema) return [];
  const props = propertiesOf(schema);
  return Object.entries(entity.properties).flatMap(([prop, values]) =>
    props.get(prop)?.type.isEntity ? values : [],
  );
}

/**
 * The entities of a scope, in id order.
 * @param store - the store
 * @param scope - dataset, or entity and depth
 * @returns the entities
 */
export async function* scopedEntities(store: Store, scope: ExportScope): AsyncGenerator<Entity> {
  if (scope.entity === undefined) {
    yield* store.iterateEntities(scope.dataset === undefined ? {} : { dataset: scope.dataset });
    return;
  }
  const found = new Map<string, Entity>();
  const start = await store.getEntity(scope.entity);
  found.set(start.id, start);
  let frontier: Entity[] = [start];
  for (let step = 0; step < (scope.depth ?? 1) && frontier.length > 0; step++) {
    const next: Entity[] = [];
    const reach = async (id: string): Promise<Entity | undefined> => {
      const known = found.get(id);
      if (known) return known;
      const entity = await store.findEntity(id as EntityId);
      if (entity) found.set(id, entity);
      return entity;
    };
    for (const node of frontier) {
      const linked = [
        ...references(node),
        ...(await store.findReferencing(node.id, NEIGHBOURS)).map((r) => r.id),
      ];
      for (const id of linked) {
        if (found.has(id)) continue;
        const entity = await reach(id);
        if (!entity) continue;
        if (findSchema(entity.schema)?.edge) {
          // A relationship: its far ends are the next step.
          for (const end of references(entity)) {
            if (found.has(end)) continue;
            const far = await reach(end);
            if (far) next.push(far);
          }
        } else next.push(entity);
      }
    }
    frontier = next;
  }
  const inDataset = (e: Entity): boolean => scope.dataset === undefined || e.datasets.includes(scope.dataset);
  for (const id of [...found.keys()].sort()) {
    const entity = found.get(id);
    if (entity && inDataset(entity)) yield entity;
  }
}
