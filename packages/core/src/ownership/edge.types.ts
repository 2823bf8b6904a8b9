/**
 * Edges: FtM relationship entities (schemata with an `edge` in the model: Ownership, Directorship,
 * Payment …) reduced to what graph analyses need, one record per (source, target) pair.
 */
import type { EntityId } from '../ids.js';
import { entityId } from '../ids.js';
import type { Entity } from '../entity/entity.types.js';
import { model, type FtmSchema } from '../model/ftm.model.js';
import { combinePercentages } from './percentage.parser.js';

/** One link of the graph, derived from a relationship entity. */
export interface EdgeRecord {
  /** The relationship entity (e.g. the Ownership) the link comes from. */
  readonly id: EntityId;
  readonly schema: string;
  readonly source: EntityId;
  readonly target: EntityId;
  /** False for links FtM calls undirected (Family, Associate, UnknownLink, Documentation). */
  readonly directed: boolean;
  /** The percentage as the source states it (first value), or null. */
  readonly percentage: string | null;
  /** Lower bound of the share as a fraction, or null when no percentage can be read. */
  readonly shareMin: number | null;
  /** Upper bound of the share as a fraction (equal to `shareMin` when exact), or null. */
  readonly shareMax: number | null;
  /** Earliest start date (or point date), as stated (FtM dates have variable precision). */
  readonly startDate: string | null;
  /** Latest end date, as stated. */
  readonly endDate: string | null;
  /** `role`, or `relationship` for Family/Associate. */
  readonly role: string | null;
  /** `amount` (or `sharesValue` for Ownership), as stated. */
  readonly amount: string | null;
  /** `currency` (or `sharesCurrency`). */
  readonly currency: string | null;
}

/** The schema of ownership links, whose percentages compound. */
export const OWNERSHIP_SCHEMA = 'Ownership';

/**
 * Every schema with an `edge` definition in the FtM model, by name.
 * @returns schema names, sorted
 */
export function edgeSchemata(): string[] {
  return model
    .getSchemata()
    .filter((s: FtmSchema) => s.edge !== undefined)
    .map((s: FtmSchema) => s.name)
    .sort();
}

const first = (entity: Entity, ...props: string[]): string | null => {
  for (const p of props) {
    const v = entity.properties[p]?.[0];
    if (v !== undefined) return v;
  }
  return null;
};

function extreme(values: readonly string[], pick: 'min' | 'max'): string | null {
  let out: string | null = null;
  for (const v of values) {
    if (out === null || (pick === 'min' ? v < out : v > out)) out = v;
  }
  return out;
}

/**
 * The edge records of a relationship entity: one per stated (source, target) pair. Entities whose
 * schema has no edge, or with a missing end, give none.
 * @param entity - a built entity
 * @returns its links (possibly none)
 */
export function deriveEdges(entity: Entity): EdgeRecord[] {
  const schema = model.getSchema(entity.schema) as FtmSchema | undefined;
  const edge = schema?.edge;
  if (!edge) return [];
  const sources = entity.properties[edge.source] ?? [];
  const targets = entity.properties[edge.target] ?? [];
  if (sources.length === 0 || targets.length === 0) return [];
  const percentages = entity.properties.percentage ?? [];
  const share = combinePercentages(percentages);
  const starts = entity.properties.startDate ?? entity.properties.date ?? [];
  const ends = entity.properties.endDate ?? [];
  const base = {
    id: entity.id,
    schema: entity.schema,
    directed: edge.directed !== false,
    percentage: percentages[0] ?? null,
    shareMin: share.kind === 'exact' ? share.value : share.kind === 'range' ? share.min : null,
    shareMax: share.kind === 'exact' ? share.value : share.kind === 'range' ? share.max : null,
    startDate: extreme(starts, 'min'),
    endDate: extreme(ends, 'max'),
    role: first(entity, 'role', 'relationship'),
    amount: first(entity, 'amount', 'sharesValue'),
    currency: first(entity, 'currency', 'sharesCurrency'),
  };
  const out: EdgeRecord[] = [];
  for (const s of sources) {
    for (const t of targets) out.push({ ...base, source: entityId(s), target: entityId(t) });
  }
  return out;
}

/**
 * Whether a link is in effect on a date. A link that ended before the date, or began after it,
 * does not count; links without dates always count. Dates are compared at the precision of the
 * coarser of the two: a link that started "2019" counts on 2019-03-01 (it may have started by
 * then), and one that ended "2019-05" still counts on 2019-05-20.
 * @param edge - the link
 * @param asOf - an ISO date (any FtM precision: "2019", "2019-05", "2019-05-20")
 * @returns true when it counts
 */
export function activeAt(edge: Pick<EdgeRecord, 'startDate' | 'endDate'>, asOf: string | undefined): boolean {
  if (asOf === undefined) return true;
  const cmp = (a: string, b: string): number => {
    const n = Math.min(a.length, b.length);
    const x = a.slice(0, n);
    const y = b.slice(0, n);
    return x < y ? -1 : x > y ? 1 : 0;
  };
  if (edge.startDate !== null && cmp(edge.startDate, asOf) > 0) return false;
  if (edge.endDate !== null && cmp(edge.endDate, asOf) < 0) return false;
  return true;
}

/**
 * A stable key for one link (the relationship entity and its two ends).
 * @param edge - the link
 * @returns the key
 */
export function edgeKey(edge: Pick<EdgeRecord, 'id' | 'source' | 'target'>): string {
  return `${edge.id}\u001f${edge.source}\u001f${edge.target}`;
}
