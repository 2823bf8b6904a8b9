/**
 * Response shapes of the ownership and network analyses (`/api/v1/entities/:id/owners|holdings|
 * investors|expand`, `/api/v1/paths`), also printed by the CLI's `--json`. Field names are
 * snake_case as the issue gives them.
 */
import { z } from 'zod';
import { INVESTOR_TYPES } from '../ownership/investor.classify.js';
import { sourceDtoSchema } from './index.js';

// index.ts re-exports this module, so sourceDtoSchema is read lazily (at parse time), not while
// the modules are still being evaluated.
const sourcesSchema = z.array(z.lazy(() => sourceDtoSchema));

/** One link of an ownership path, with the sources of the relationship entity behind it. */
export const stakeLinkSchema = z.object({
  from: z.string(),
  to: z.string(),
  /** The percentage as the source states it, or null when none is given. */
  percentage: z.string().nullable(),
  start: z.string().nullable(),
  end: z.string().nullable(),
  sources: sourcesSchema,
});
/** One link of an ownership path. */
export type StakeLink = z.infer<typeof stakeLinkSchema>;

/** An owner (or holding) with its effective stake and the paths that make it up. */
export const stakeEntrySchema = z.object({
  id: z.string(),
  caption: z.string(),
  schema: z.string(),
  /** A fraction 0..1, or null when a link on the way has no exact percentage. */
  effective_stake: z.number().nullable(),
  /** [min, max] of the effective stake ([v, v] when exact); null when it cannot be bounded. */
  stake_range: z.tuple([z.number(), z.number()]).nullable(),
  /** Top of a chain (owners) or bottom of one (holdings). */
  ultimate: z.boolean(),
  paths: z.array(z.array(stakeLinkSchema)),
});
/** An owner (or holding) with its effective stake. */
export type StakeEntry = z.infer<typeof stakeEntrySchema>;

/** The entity an analysis is about. */
export const analysisSubjectSchema = z.object({ id: z.string(), caption: z.string() });

/** `GET /api/v1/entities/:id/owners` and `daylight owners --json`. */
export const ownersResponseSchema = z.object({
  entity: analysisSubjectSchema,
  owners: z.array(stakeEntrySchema),
});
/** Owners of an entity. */
export type OwnersResponse = z.infer<typeof ownersResponseSchema>;

/** `GET /api/v1/entities/:id/holdings` and `daylight holdings --json`. */
export const holdingsResponseSchema = z.object({
  entity: analysisSubjectSchema,
  holdings: z.array(stakeEntrySchema),
});
/** Holdings of an entity. */
export type HoldingsResponse = z.infer<typeof holdingsResponseSchema>;

/** An investor: an owner with its investor type and its commitment where a link states one. */
export const investorEntrySchema = stakeEntrySchema.extend({
  type: z.enum(INVESTOR_TYPES),
  commitment: z.object({ amount: z.string(), currency: z.string().nullable() }).nullable(),
});
/** An investor. */
export type InvestorEntry = z.infer<typeof investorEntrySchema>;

/** `GET /api/v1/entities/:id/investors` and `daylight investors --json`. */
export const investorsResponseSchema = z.object({
  entity: analysisSubjectSchema,
  investors: z.array(investorEntrySchema),
});
/** Investors behind an entity. */
export type InvestorsResponse = z.infer<typeof investorsResponseSchema>;

/** One step of a path between two entities, in the order walked. */
export const pathLinkSchema = z.object({
  from: z.string(),
  to: z.string(),
  schema: z.string(),
  sources: sourcesSchema,
});
/** One step of a path. */
export type PathLink = z.infer<typeof pathLinkSchema>;

/** `GET /api/v1/paths` and `daylight path --json`: shortest first. */
export const pathsResponseSchema = z.object({ paths: z.array(z.array(pathLinkSchema)) });
/** Paths between two entities. */
export type PathsResponse = z.infer<typeof pathsResponseSchema>;

/** `GET /api/v1/entities/:id/expand`: a bounded neighbourhood for the graph view. */
export const expandResponseSchema = z.object({
  entity: analysisSubjectSchema,
  nodes: z.array(
    z.object({ id: z.string(), schema: z.string(), caption: z.string(), distance: z.number().int() }),
  ),
  edges: z.array(
    z.object({
      id: z.string(),
      schema: z.string(),
      source: z.string(),
      target: z.string(),
      percentage: z.string().nullable(),
      start: z.string().nullable(),
      end: z.string().nullable(),
      role: z.string().nullable(),
    }),
  ),
  /** What the bound left out: nodes found but not returned, and links touching them. */
  left_out: z.object({
    nodes: z.number().int(),
    edges: z.number().int(),
    /** False when the search itself stopped early, so more may exist than counted. */
    complete: z.boolean(),
  }),
});
/** A neighbourhood. */
export type ExpandResponse = z.infer<typeof expandResponseSchema>;
