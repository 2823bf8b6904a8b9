/**
 * Shortest and k shortest paths between two entities over chosen relationship types (Yen's
 * algorithm over breadth-first search; every link counts as one step, in either direction).
 */
import type { EntityId } from '../ids.js';
import { activeAt, edgeKey, type EdgeRecord } from './edge.types.js';

/** One step of a path: a link, walked from `from` to `to` (which may be against its direction). */
export interface PathStep {
  readonly edge: EdgeRecord;
  readonly from: EntityId;
  readonly to: EntityId;
}

/** Options of a path search. */
export interface PathOptions {
  /** At most this many links per path. */
  readonly maxLength: number;
  /** How many paths, shortest first. */
  readonly k: number;
  /** Only links of these schemata (default: all). */
  readonly schemas?: readonly string[] | undefined;
  /** Only links in effect on this date. */
  readonly asOf?: string | undefined;
}

interface Half {
  readonly edge: EdgeRecord;
  readonly key: string;
  readonly to: EntityId;
}

/**
 * The k shortest simple paths from `from` to `to`, shortest first; paths of equal length keep
 * a stable order (the order links were given).
 * @param from - start entity
 * @param to - end entity
 * @param edges - the links to walk
 * @param options - length bound, k, schemata, as-of date
 * @returns up to k paths (none when they are not connected within `maxLength`)
 */
export function kShortestPaths(
  from: EntityId,
  to: EntityId,
  edges: readonly EdgeRecord[],
  options: PathOptions,
): PathStep[][] {
  if (from === to || options.k <= 0) return [];
  const schemas = options.schemas && options.schemas.length > 0 ? new Set(options.schemas) : undefined;
  const adjacency = new Map<string, Half[]>();
  const seen = new Set<string>();
  for (const edge of edges) {
    if (schemas && !schemas.has(edge.schema)) continue;
    if (!activeAt(edge, options.asOf) || edge.source === edge.target) continue;
    const key = edgeKey(edge);
    if (seen.has(key)) continue;
    seen.add(key);
    add(adjacency, edge.source, { edge, key, to: edge.target });
    add(adjacency, edge.target, { edge, key, to: edge.source });
  }
  const bfs = (
    start: EntityId,
    limit: number,
    bannedNodes: ReadonlySet<string>,
    bannedEdges: ReadonlySet<string>,
  ): PathStep[] | undefined => {
    const back = new Map<string, PathStep>();
    const visited = new Set<string>([start]);
    let level: EntityId[] = [start];
    for (let d = 0; d < limit && level.length > 0; d++) {
      const next: EntityId[] = [];
      for (const v of level) {
        for (const h of adjacency.get(v) ?? []) {
          if (visited.has(h.to) || bannedNodes.has(h.to) || bannedEdges.has(h.key)) continue;
          visited.add(h.to);
          back.set(h.to, { edge: h.edge, from: v, to: h.to });
          if (h.to === to) {
            const path: PathStep[] = [];
            for (let step = back.get(to); step; step = back.get(step.from)) path.unshift(step);
            return path;
          }
          next.push(h.to);
        }
      }
      level = next;
    }
    return undefined;
  };
  const signature = (p: readonly PathStep[]): string => p.map((s) => `${s.edge.id}>${s.to}`).join('|');
  const first = bfs(from, options.maxLength, new Set(), new Set());
  if (!first) return [];
  const found: PathStep[][] = [first];
  const known = new Set([signature(first)]);
  const candidates: PathStep[][] = [];
  while (found.length < options.k) {
    const last = found[found.length - 1]!;
    for (let i = 0; i < last.length; i++) {
      const spur = last[i]!.from;
      const rootPath = last.slice(0, i);
      const rootSig = signature(rootPath);
      const bannedEdges = new Set<string>();
      for (const p of found) {
        if (p.length > i && signature(p.slice(0, i)) === rootSig) bannedEdges.add(edgeKey(p[i]!.edge));
      }
      const bannedNodes = new Set<string>(rootPath.map((s) => s.from));
      const tail = bfs(spur, options.maxLength - i, bannedNodes, bannedEdges);
      if (!tail) continue;
      const path = [...rootPath, ...tail];
      const sig = signature(path);
      if (known.has(sig)) continue;
      known.add(sig);
      candidates.push(path);
    }
    if (candidates.length === 0) break;
    // Shortest candidate next; among equals, the one found first.
    let best = 0;
    for (let j = 1; j < candidates.length; j++)
      if (candidates[j]!.length < candidates[best]!.length) best = j;
    found.push(candidates.splice(best, 1)[0]!);
  }
  return found;
}

function add(map: Map<string, Half[]>, key: string, half: Half): void {
  const list = map.get(key);
  if (list) list.push(half);
  else map.set(key, [half]);
}
