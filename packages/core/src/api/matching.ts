/**
 * Request and response shapes of the yente-compatible matching API (`POST /match/{dataset}`,
 * `GET /search/{dataset}`), as zod schemas shared by server and clients.
 */
import { z } from 'zod';

/** An entity given by example: a schema and FtM property values. */
export const entityExampleSchema = z.object({
  schema: z.string().min(1),
  properties: z.record(
    z.string(),
    z.union([z.array(z.string()), z.string()]).transform((v) => (Array.isArray(v) ? v : [v])),
  ),
});
/** An entity given by example. */
export type EntityExample = z.infer<typeof entityExampleSchema>;

/** An entity by example as responses echo it (values always lists). */
export const entityExampleOutSchema = z.object({
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
});

/** `POST /match/{dataset}` body: named queries by example. */
export const matchRequestSchema = z.object({
  queries: z
    .record(z.string(), entityExampleSchema)
    .refine((q) => Object.keys(q).length > 0, 'queries must not be empty'),
});
/** `POST /match/{dataset}` body. */
export type MatchRequest = z.infer<typeof matchRequestSchema>;

/** `POST /match/{dataset}` query string (yente's parameters). */
export const matchParamsSchema = z.object({
  limit: z.coerce.number().int().min(1).max(500).default(5),
  threshold: z.coerce.number().min(0).max(1).optional(),
  cutoff: z.coerce.number().min(0).max(1).default(0),
  algorithm: z.string().default('daylight-v1'),
  exclude_entity_ids: z
    .union([z.array(z.string()), z.string()])
    .optional()
    .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v])),
});

/** One scored entity, as yente returns it. */
export const scoredEntitySchema = z.object({
  id: z.string(),
  caption: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
  datasets: z.array(z.string()),
  referents: z.array(z.string()),
  target: z.boolean(),
  score: z.number(),
  match: z.boolean(),
  features: z.record(z.string(), z.number()),
  /** Daylight's addition: why the score is what it is. */
  explanations: z.array(z.string()),
});

/** yente's `total`. */
export const totalSchema = z.object({ value: z.number().int(), relation: z.literal('eq') });

/** The response to one named query. */
export const matchQueryResponseSchema = z.object({
  status: z.literal(200),
  results: z.array(scoredEntitySchema),
  total: totalSchema,
  query: entityExampleOutSchema,
});

/** `POST /match/{dataset}` response. */
export const matchResponseSchema = z.object({
  responses: z.record(z.string(), matchQueryResponseSchema),
  matcher: z.object({ name: z.string(), threshold: z.number() }),
  limit: z.number().int(),
});
/** `POST /match/{dataset}` response. */
export type MatchResponse = z.infer<typeof matchResponseSchema>;

/** `GET /search/{dataset}` query string. */
export const yenteSearchParamsSchema = z.object({
  q: z.string().trim().min(1, 'q must not be empty').max(500),
  schema: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(10),
});

/** `GET /search/{dataset}` response. */
export const yenteSearchResponseSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      caption: z.string(),
      schema: z.string(),
      datasets: z.array(z.string()),
      score: z.number(),
    }),
  ),
  total: totalSchema,
  limit: z.number().int(),
  offset: z.number().int(),
});
