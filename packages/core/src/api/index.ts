/**
 * The shapes of the HTTP API's responses, as zod schemas. The server validates what it sends with
 * them and the web app parses what it receives with them, so both sides agree by construction.
 */
import { z } from 'zod';

/** `{error: {id, message}}`: the one error shape of the API. */
export const errorResponseSchema = z.object({
  error: z.object({ id: z.string(), message: z.string() }),
});
/** The one error shape of the API. */
export type ErrorResponse = z.infer<typeof errorResponseSchema>;

/** `GET /api/v1/health`. */
export const healthResponseSchema = z.object({
  status: z.literal('ok'),
  version: z.string(),
  store: z.object({
    dialect: z.enum(['sqlite', 'postgres']),
    entities: z.number().int(),
    statements: z.number().int(),
  }),
});
/** `GET /api/v1/health`. */
export type HealthResponse = z.infer<typeof healthResponseSchema>;

/** A source as cited next to a value. */
export const sourceDtoSchema = z.object({
  id: z.string(),
  kind: z.enum(['document', 'import']),
  dataset: z.string(),
  title: z.string().nullable(),
  publisher: z.string().nullable(),
  url: z.string().nullable(),
  publishedAt: z.string().nullable(),
  retrievedAt: z.string().nullable(),
  fileName: z.string().nullable(),
});
/** A source as cited next to a value. */
export type SourceDto = z.infer<typeof sourceDtoSchema>;

/** One statement behind a value. */
export const statementDtoSchema = z.object({
  id: z.string(),
  dataset: z.string(),
  origin: z.enum(['import', 'extract', 'manual']),
  status: z.enum(['proposed', 'accepted', 'rejected']),
  author: z.string(),
  confidence: z.number().nullable(),
  firstSeen: z.string(),
  lastSeen: z.string(),
  evidence: z.object({ start: z.number(), end: z.number(), quote: z.string() }).nullable(),
  source: sourceDtoSchema.nullable(),
});
/** One statement behind a value. */
export type StatementDto = z.infer<typeof statementDtoSchema>;

/** A short reference to another entity. */
export const entityRefSchema = z.object({
  id: z.string(),
  schema: z.string(),
  caption: z.string(),
});
/** A short reference to another entity. */
export type EntityRef = z.infer<typeof entityRefSchema>;

/** `GET /api/v1/entities/:id`: an entity with the sources of every value. */
export const entityDetailSchema = z.object({
  id: z.string(),
  schema: z.string(),
  schemaLabel: z.string(),
  caption: z.string(),
  datasets: z.array(z.string()),
  firstSeen: z.string(),
  lastSeen: z.string(),
  properties: z.array(
    z.object({
      name: z.string(),
      label: z.string(),
      type: z.string(),
      values: z.array(
        z.object({
          value: z.string(),
          /** For entity-typed properties: the entity the value points to, when it exists. */
          entity: entityRefSchema.nullable(),
          statements: z.array(statementDtoSchema),
        }),
      ),
    }),
  ),
  /** Entities with a property that points at this one (e.g. an Ownership whose asset it is). */
  referencedBy: z.array(entityRefSchema.extend({ property: z.string(), propertyLabel: z.string() })),
});
/** `GET /api/v1/entities/:id`. */
export type EntityDetail = z.infer<typeof entityDetailSchema>;

/** One search hit. */
export const searchHitSchema = z.object({
  id: z.string(),
  schema: z.string(),
  caption: z.string(),
  /** The name that matched the query. */
  matchedName: z.string(),
  /** 0..1: how well the query matched that name. */
  score: z.number(),
  datasets: z.array(z.string()),
});
/** One search hit. */
export type SearchHit = z.infer<typeof searchHitSchema>;

/** `GET /api/v1/search`. */
export const searchResponseSchema = z.object({
  query: z.string(),
  schema: z.string().nullable(),
  results: z.array(searchHitSchema),
});
/** `GET /api/v1/search`. */
export type SearchResponse = z.infer<typeof searchResponseSchema>;

export * from './analysis.js';
export * from './matching.js';

export * from './review.js';
