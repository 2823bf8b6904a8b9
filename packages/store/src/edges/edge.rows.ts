/**
 * The `edges` table (migration 002) as Kysely sees it, and the conversions between its rows and
 * core's `EdgeRecord`.
 */
import { entityId, type EdgeRecord } from '@daylight/core';

/** `edges`: derived; one row per link of a relationship entity. */
// Type aliases, not interfaces: Kysely's `withTables` needs an index-compatible type.
export type EdgesTable = {
  id: string;
  schema: string;
  source: string;
  target: string;
  directed: number;
  percentage: string | null;
  share_min: number | null;
  share_max: number | null;
  start_date: string | null;
  end_date: string | null;
  role: string | null;
  amount: string | null;
  currency: string | null;
};

/** The tables this folder adds, for `db.withTables<EdgeTables>()`. */
export type EdgeTables = {
  edges: EdgesTable;
};

/** Column order of `edges` for positional inserts. */
export const EDGE_COLUMNS = [
  'id',
  'schema',
  'source',
  'target',
  'directed',
  'percentage',
  'share_min',
  'share_max',
  'start_date',
  'end_date',
  'role',
  'amount',
  'currency',
] as const;

/**
 * @param e - a link
 * @returns its column values in `EDGE_COLUMNS` order
 */
export function edgeValues(e: EdgeRecord): Array<string | number | null> {
  return [
    e.id,
    e.schema,
    e.source,
    e.target,
    e.directed ? 1 : 0,
    e.percentage,
    e.shareMin,
    e.shareMax,
    e.startDate,
    e.endDate,
    e.role,
    e.amount,
    e.currency,
  ];
}

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

/**
 * @param r - a row of `edges` (PostgreSQL returns DOUBLE PRECISION as numbers, INTEGER as numbers)
 * @returns the link
 */
export function edgeFromRow(r: EdgesTable): EdgeRecord {
  return {
    id: entityId(r.id),
    schema: r.schema,
    source: entityId(r.source),
    target: entityId(r.target),
    directed: Number(r.directed) !== 0,
    percentage: r.percentage,
    shareMin: num(r.share_min),
    shareMax: num(r.share_max),
    startDate: r.start_date,
    endDate: r.end_date,
    role: r.role,
    amount: r.amount,
    currency: r.currency,
  };
}
