/**
 * The statement: one value of one property of one entity, with where it came from. Everything
 * else (entities, edges, search, analyses) is derived from accepted statements.
 */
import { z } from 'zod';
import type { DatasetId, EntityId, SourceId, StatementId } from '../ids.js';
import { statementId } from '../ids.js';
import { sha1Hex } from '../util/sha1.js';

/** How a statement entered Daylight. */
export const ORIGINS = ['import', 'extract', 'manual'] as const;
/** How a statement entered Daylight. */
export type Origin = (typeof ORIGINS)[number];

/** Review state: only `accepted` statements make up entities. */
export const STATUSES = ['proposed', 'accepted', 'rejected'] as const;
/** Review state: only `accepted` statements make up entities. */
export type Status = (typeof STATUSES)[number];

/** Where in a source's text a statement is stated. */
export interface Evidence {
  /** Character offset of the first character (UTF-16 code units, as JavaScript counts). */
  readonly start: number;
  /** Character offset just past the last character. */
  readonly end: number;
  /** The quoted text, `text.slice(start, end)` of the source. */
  readonly quote: string;
}

/** One value of one property of one entity. */
export interface Statement {
  readonly id: StatementId;
  readonly entityId: EntityId;
  /** The schema the source gave the entity (FtM schema name). */
  readonly schema: string;
  /** The property name, or `id` for the statement that the entity exists. */
  readonly prop: string;
  /** The FtM property type of `prop` (`name`, `date`, `entity`, …). */
  readonly propType: string;
  readonly value: string;
  readonly dataset: DatasetId;
  readonly sourceId: SourceId | null;
  readonly evidence: Evidence | null;
  readonly origin: Origin;
  readonly status: Status;
  readonly author: string;
  /** 0..1 where a machine proposed it; null for imported and manual statements. */
  readonly confidence: number | null;
  /** ISO time stamp: when the fact was first seen. */
  readonly firstSeen: string;
  /** ISO time stamp: when the fact was last seen (re-imports move it forward). */
  readonly lastSeen: string;
  /** ISO time stamp: when a later statement or a deletion retracted it; null while current. */
  readonly retractedAt: string | null;
}

/** zod schema of an evidence span, for JSON columns and API input. */
export const evidenceSchema = z
  .object({
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
    quote: z.string(),
  })
  .refine((e) => e.end >= e.start, { message: 'evidence end must not precede its start' });

/** A function from text to its SHA-1 in hex; callers outside core may pass a native one. */
export type Sha1 = (text: string) => string;

/**
 * The id of a statement: the same fact from the same dataset and source always gets the same id,
 * which makes re-imports idempotent.
 * @param parts - what makes the statement unique
 * @param hash - the SHA-1 implementation (default: the pure one in core)
 * @returns a 40-character hex id
 */
export function makeStatementId(
  parts: {
    dataset: string;
    entityId: string;
    prop: string;
    value: string;
    sourceId: string | null;
  },
  hash: Sha1 = sha1Hex,
): StatementId {
  return statementId(
    hash(
      `${parts.dataset}\u001f${parts.entityId}\u001f${parts.prop}\u001f${parts.value}\u001f${parts.sourceId ?? ''}`,
    ),
  );
}
