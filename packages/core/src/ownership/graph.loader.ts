/**
 * Loading the part of a graph an analysis needs, level by level: one batched fetch per level
 * (never one round trip per node). The fetch function is the store's; this stays pure.
 */
import type { EntityId } from '../ids.js';
import { activeAt, edgeKey, type EdgeRecord } from './edge.types.js';

/** Which links of a node to follow: where it is the target (`in`), the source (`out`), or both. */
export type EdgeDirection = 'in' | 'out' | 'both';

/** Fetches the links touching any of `ids`, in one direction, of the given schemata (all when empty). */
export type EdgeFetcher = (
  ids: readonly EntityId[],
  direction: EdgeDirection,
  schemas: readonly string[],
) => Promise<EdgeRecord[]>;

/** Options of a neighbourhood load. */
export interface CollectOptions {
  readonly direction: EdgeDirection;
  /** Levels to expand: nodes up to this many links away are found. */
  readonly depth: number;
  readonly schemas?: readonly string[] | undefined;
  readonly asOf?: string | undefined;
  /** Stop expanding once this many nodes are known (the result says so). */
  readonly maxNodes?: number | undefined;
  /** Also fetch the links of the last level (to tell whether it has owners), without expanding. */
  readonly closeFrontier?: boolean | undefined;
}

/** A loaded neighbourhood. */
export interface Neighbourhood {
  readonly edges: EdgeRecord[];
  /** Distance of every node found from the nearest start. */
  readonly distance: Map<EntityId, number>;
  /** True when `maxNodes` stopped the expansion early. */
  readonly truncated: boolean;
}

/**
 * Expands from `starts` level by level, fetching each level's links in one batch.
 * @param starts - where to begin
 * @param fetch - the store's batched edge query
 * @param options - direction, depth, schemata, as-of date, node bound
 * @returns the links found (each once) and the nodes' distances
 */
export async function collectEdges(
  starts: readonly EntityId[],
  fetch: EdgeFetcher,
  options: CollectOptions,
): Promise<Neighbourhood> {
  const schemas = options.schemas ?? [];
  const maxNodes = options.maxNodes ?? Infinity;
  const distance = new Map<EntityId, number>(starts.map((s) => [s, 0]));
  const edges: EdgeRecord[] = [];
  const keys = new Set<string>();
  let level: EntityId[] = [...new Set(starts)];
  let truncated = false;
  for (let d = 0; level.length > 0; d++) {
    const expand = d < options.depth;
    if (!expand && !options.closeFrontier) break;
    const found = await fetch(level, options.direction, schemas);
    const next: EntityId[] = [];
    for (const e of found) {
      if (!activeAt(e, options.asOf)) continue;
      const key = edgeKey(e);
      if (keys.has(key)) continue;
      if (!expand) {
        edges.push(e);
        keys.add(key);
        continue;
      }
      const ends: EntityId[] = [];
      if (options.direction !== 'out') ends.push(e.source);
      if (options.direction !== 'in') ends.push(e.target);
      let fits = true;
      for (const u of ends) {
        if (distance.has(u)) continue;
        if (distance.size >= maxNodes) {
          fits = false;
          truncated = true;
          continue;
        }
        distance.set(u, d + 1);
        next.push(u);
      }
      if (fits) {
        edges.push(e);
        keys.add(key);
      }
    }
    if (!expand) break;
    level = next;
  }
  return { edges, distance, truncated };
}
