/**
 * Look-through ownership over an in-memory edge list: effective stakes upstream (who owns this,
 * directly and through others) and downstream (what this owns), ultimate owners, and the paths.
 *
 * The effective stake of owner o in company t is the sum, over every chain o → … → t, of the
 * product of the shares along it: entry (o, t) of (I − A)⁻¹ − I, where A[i][j] is the share of j
 * that i holds directly. Cross-holdings and cycles are solved exactly, not cut: the reachable
 * subgraph is split into strongly connected groups, groups are solved in dependency order, and
 * each group with a cycle is solved as a small dense linear system (Gaussian elimination).
 */
import type { EntityId } from '../ids.js';
import { OWNERSHIP_SCHEMA, activeAt, type EdgeRecord } from './edge.types.js';

/** Upstream (owners) or downstream (holdings). */
export type StakeDirection = 'up' | 'down';

/** Options of a stake computation. */
export interface StakeOptions {
  readonly direction: StakeDirection;
  /** Only links in effect on this date count (see `activeAt`). */
  readonly asOf?: string | undefined;
  /** At most this many links away from the root (default: no limit). */
  readonly depth?: number | undefined;
  /** Leave out entities whose stake (or the top of its range) is below this fraction. */
  readonly minStake?: number | undefined;
  /** Paths listed per entity (default 20); the stakes always count every path. */
  readonly maxPaths?: number | undefined;
}

/** One owner (or holding) with its effective stake. */
export interface Stake {
  readonly id: EntityId;
  /** The effective stake as a fraction, or null when a link on the way has no exact percentage. */
  readonly effective: number | null;
  /** [min, max] of the effective stake; [v, v] when exact; null when it cannot be bounded. */
  readonly range: readonly [number, number] | null;
  /**
   * Upstream: no owner other than the root and its own cross-holding group (top of a chain).
   * Downstream: holds nothing further (bottom of a chain).
   */
  readonly ultimate: boolean;
  /** Fewest links between it and the root. */
  readonly distance: number;
  /** Simple paths, each link oriented owner → owned, from the stake holder's side to the root. */
  readonly paths: EdgeRecord[][];
}

interface Pair {
  readonly node: string;
  min: number;
  max: number;
  uncertain: boolean;
}

/** Budget of path-search steps per computation, so that dense graphs stay bounded. */
const PATH_STEPS = 20_000;
/** Pivots smaller than this make a cross-holding group singular (e.g. two firms owning 100% of each other). */
const SINGULAR = 1e-12;

/**
 * The ownership links that count on a date.
 * @param edges - any links
 * @param asOf - a date, or undefined for all
 * @returns the Ownership links in effect
 */
export function activeOwnership(edges: readonly EdgeRecord[], asOf: string | undefined): EdgeRecord[] {
  return edges.filter((e) => e.schema === OWNERSHIP_SCHEMA && activeAt(e, asOf));
}

/**
 * Effective stakes of every direct and indirect owner of `root` (direction `up`), or in every
 * direct and indirect holding of `root` (direction `down`). Links with no exact percentage are
 * kept: the stakes they touch become ranges ([0, 1] for an unknown link), never a guess.
 * @param root - the company (up) or holder (down)
 * @param edges - links; non-Ownership and inactive ones are ignored
 * @param options - direction, as-of date, depth, minimum stake, paths per entity
 * @returns stakes, largest first (the root itself is not listed)
 */
export function computeStakes(root: EntityId, edges: readonly EdgeRecord[], options: StakeOptions): Stake[] {
  const up = options.direction === 'up';
  const depth = options.depth ?? Infinity;
  const maxPaths = options.maxPaths ?? 20;
  const active = activeOwnership(edges, options.asOf);
  // away: from a node further from the root; toward: back to the root.
  const away = new Map<string, EdgeRecord[]>();
  const toward = new Map<string, EdgeRecord[]>();
  for (const e of active) {
    const [near, far] = up ? [e.target, e.source] : [e.source, e.target];
    push(away, near, e);
    push(toward, far, e);
  }
  const farEnd = (e: EdgeRecord): EntityId => (up ? e.source : e.target);
  const nearEnd = (e: EdgeRecord): EntityId => (up ? e.target : e.source);

  // The reachable set, with distances.
  const distance = new Map<string, number>([[root, 0]]);
  let level: string[] = [root];
  for (let d = 1; d <= depth && level.length > 0; d++) {
    const next: string[] = [];
    for (const v of level) {
      for (const e of away.get(v) ?? []) {
        const u = farEnd(e);
        if (!distance.has(u)) {
          distance.set(u, d);
          next.push(u);
        }
      }
    }
    level = next;
  }

  // Direct shares between reachable nodes, parallel links summed.
  const pairs = new Map<string, Pair[]>();
  let anyUncertain = false;
  for (const v of distance.keys()) {
    const byNode = new Map<string, Pair>();
    for (const e of toward.get(v) ?? []) {
      const u = nearEnd(e);
      if (!distance.has(u)) continue;
      const uncertain = e.shareMin === null || e.shareMax === null || e.shareMin !== e.shareMax;
      anyUncertain ||= uncertain;
      const p = byNode.get(u) ?? { node: u, min: 0, max: 0, uncertain: false };
      p.min += e.shareMin ?? 0;
      p.max += e.shareMax ?? 1;
      p.uncertain ||= uncertain;
      byNode.set(u, p);
    }
    for (const p of byNode.values()) if (p.uncertain) p.max = Math.max(p.min, Math.min(1, p.max));
    pairs.set(v, [...byNode.values()]);
  }

  const groups = stronglyConnected([...distance.keys()], (v) => (pairs.get(v) ?? []).map((p) => p.node));
  const groupOf = new Map<string, number>();
  groups.forEach((g, i) => g.forEach((v) => groupOf.set(v, i)));
  const low = solve(root, groups, groupOf, pairs, 'min');
  const high = anyUncertain ? solve(root, groups, groupOf, pairs, 'max') : low;
  const uncertain = uncertainNodes(groups, pairs);

  const paths = listPaths(root, away, farEnd, depth, maxPaths);
  const out: Stake[] = [];
  for (const [v, dist] of distance) {
    if (v === root) continue;
    const lo = low.get(v) ?? NaN;
    const hi = high.get(v) ?? NaN;
    const bounded = Number.isFinite(lo) && Number.isFinite(hi);
    const exact = bounded && !uncertain.has(v);
    const group = groupOf.get(v);
    // Nothing further out, other than the root and v's own cross-holding group.
    const ultimate = (away.get(v) ?? []).every((e) => {
      const other = farEnd(e);
      return other === root || groupOf.get(other) === group;
    });
    out.push({
      id: v as EntityId,
      effective: exact ? lo : null,
      range: bounded ? [lo, hi] : null,
      ultimate,
      distance: dist,
      paths: paths.get(v) ?? [],
    });
  }
  const top = (s: Stake): number => s.effective ?? s.range?.[1] ?? Infinity;
  return out
    .filter((s) => options.minStake === undefined || top(s) >= options.minStake)
    .sort((a, b) => top(b) - top(a) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Tarjan's strongly connected components, iteratively (chains can be deep). A component is
 * emitted after every component it reaches, which is the order the stake equations need.
 */
function stronglyConnected(nodes: readonly string[], next: (v: string) => readonly string[]): string[][] {
  const index = new Map<string, number>();
  const lowlink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const out: string[][] = [];
  let counter = 0;
  for (const start of nodes) {
    if (index.has(start)) continue;
    const work: Array<{ v: string; succ: readonly string[]; i: number }> = [];
    const open = (v: string): void => {
      index.set(v, counter);
      lowlink.set(v, counter);
      counter++;
      stack.push(v);
      onStack.add(v);
      work.push({ v, succ: next(v), i: 0 });
    };
    open(start);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.succ.length) {
        const w = frame.succ[frame.i++]!;
        if (!index.has(w)) open(w);
        else if (onStack.has(w)) lowlink.set(frame.v, Math.min(lowlink.get(frame.v)!, index.get(w)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) lowlink.set(parent.v, Math.min(lowlink.get(parent.v)!, lowlink.get(frame.v)!));
      if (lowlink.get(frame.v) === index.get(frame.v)) {
        const group: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          group.push(w);
        } while (w !== frame.v);
        out.push(group);
      }
    }
  }
  return out;
}

/**
 * Solves y_v = [v = root] + Σ share(v, u) · y_u over the groups, in dependency order. Groups with a
 * cycle are solved densely; a singular group (a 100% loop) gives NaN for its members.
 */
function solve(
  root: string,
  groups: readonly string[][],
  groupOf: ReadonlyMap<string, number>,
  pairs: ReadonlyMap<string, Pair[]>,
  bound: 'min' | 'max',
): Map<string, number> {
  const y = new Map<string, number>();
  groups.forEach((group, gi) => {
    const external = (v: string): number => {
      let sum = v === root ? 1 : 0;
      for (const p of pairs.get(v) ?? []) {
        if (groupOf.get(p.node) !== gi) sum += p[bound] * (y.get(p.node) ?? 0);
      }
      return sum;
    };
    if (group.length === 1) {
      const v = group[0]!;
      const self = (pairs.get(v) ?? []).find((p) => p.node === v);
      const denom = 1 - (self ? self[bound] : 0);
      y.set(v, Math.abs(denom) < SINGULAR ? NaN : external(v) / denom);
      return;
    }
    const n = group.length;
    const pos = new Map(group.map((v, i) => [v, i]));
    const m: number[][] = group.map(() => new Array<number>(n + 1).fill(0));
    group.forEach((v, i) => {
      const row = m[i]!;
      row[i] = 1;
      for (const p of pairs.get(v) ?? []) {
        const j = pos.get(p.node);
        if (j !== undefined) row[j] = row[j]! - p[bound];
      }
      row[n] = external(v);
    });
    const x = gaussianSolve(m);
    group.forEach((v, i) => y.set(v, x ? x[i]! : NaN));
  });
  return y;
}

/** Solves the augmented n × (n+1) system in place with partial pivoting; undefined when singular. */
function gaussianSolve(m: number[][]): number[] | undefined {
  const n = m.length;
  for (let c = 0; c < n; c++) {
    let best = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[best]![c]!)) best = r;
    if (Math.abs(m[best]![c]!) < SINGULAR) return undefined;
    [m[c], m[best]] = [m[best]!, m[c]!];
    const pivot = m[c]!;
    // Ownership matrices are sparse: only the pivot row's non-zero columns change other rows.
    const nz: number[] = [];
    for (let k = c; k <= n; k++) if (pivot[k] !== 0) nz.push(k);
    for (let r = c + 1; r < n; r++) {
      const row = m[r]!;
      const f = row[c]! / pivot[c]!;
      if (f === 0) continue;
      for (const k of nz) row[k] = row[k]! - f * pivot[k]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    const row = m[r]!;
    let s = row[n]!;
    for (let k = r + 1; k < n; k++) s -= row[k]! * x[k]!;
    x[r] = s / row[r]!;
  }
  return x;
}

/** Nodes with an inexact link on some chain between them and the root. */
function uncertainNodes(groups: readonly string[][], pairs: ReadonlyMap<string, Pair[]>): Set<string> {
  const out = new Set<string>();
  groups.forEach((group) => {
    const hit = group.some((v) => (pairs.get(v) ?? []).some((p) => p.uncertain || out.has(p.node)));
    if (hit) group.forEach((v) => out.add(v));
  });
  return out;
}

/** Simple paths from the root outwards (depth-first, bounded), each oriented owner → owned. */
function listPaths(
  root: string,
  away: ReadonlyMap<string, EdgeRecord[]>,
  farEnd: (e: EdgeRecord) => EntityId,
  depth: number,
  maxPaths: number,
): Map<string, EdgeRecord[][]> {
  const out = new Map<string, EdgeRecord[][]>();
  const onPath = new Set<string>([root]);
  const trail: EdgeRecord[] = [];
  let steps = 0;
  const up = (e: EdgeRecord): boolean => farEnd(e) === e.source;
  const visit = (v: string): void => {
    if (trail.length >= depth) return;
    for (const e of away.get(v) ?? []) {
      if (++steps > PATH_STEPS) return;
      const u = farEnd(e);
      if (onPath.has(u)) continue;
      trail.push(e);
      const list = out.get(u) ?? [];
      if (list.length < maxPaths) {
        // Upstream the trail runs from the root outwards: reverse it so links read owner → owned.
        list.push(up(e) ? [...trail].reverse() : [...trail]);
        out.set(u, list);
      }
      onPath.add(u);
      visit(u);
      onPath.delete(u);
      trail.pop();
    }
  };
  visit(root);
  return out;
}
