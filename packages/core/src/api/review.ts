/**
 * The review resource's request and response shapes: the queue of candidates extraction
 * proposed, one candidate with its evidence in context, and the decisions on them.
 */
import { z } from 'zod';

/** A candidate in the queue. */
export const candidateSummarySchema = z.object({
  entityId: z.string(),
  schema: z.string(),
  dataset: z.string(),
  confidence: z.number().nullable(),
  statements: z.number().int(),
  names: z.array(z.string()),
});

/** `GET /api/v1/review`. */
export const reviewListResponseSchema = z.object({ candidates: z.array(candidateSummarySchema) });
/** `GET /api/v1/review`. */
export type ReviewListResponse = z.infer<typeof reviewListResponseSchema>;

/** `GET /api/v1/review` query. */
export const reviewListQuerySchema = z.object({
  dataset: z.string().min(1).optional(),
  minConfidence: z.coerce.number().min(0).max(1).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
});

/** One proposed value with its evidence sentence in context. */
export const proposedValueSchema = z.object({
  statementId: z.string(),
  prop: z.string(),
  value: z.string(),
  confidence: z.number().nullable(),
  sourceId: z.string().nullable(),
  documentTitle: z.string().nullable(),
  evidence: z
    .object({
      start: z.number().int(),
      end: z.number().int(),
      before: z.string(),
      quote: z.string(),
      after: z.string(),
    })
    .nullable(),
});

/** `GET /api/v1/review/{id}`. */
export const candidateDetailSchema = z.object({
  id: z.string(),
  schema: z.string(),
  values: z.array(proposedValueSchema),
  suggestions: z.array(z.object({ id: z.string(), schema: z.string(), caption: z.string() })),
});
/** `GET /api/v1/review/{id}`. */
export type CandidateDetailResponse = z.infer<typeof candidateDetailSchema>;

/** `POST /api/v1/review/{id}/accept` body. */
export const acceptBodySchema = z.object({
  author: z.string().trim().min(1).max(200),
  as: z.string().min(1).optional(),
});

/** `POST /api/v1/review/{id}/reject` body. */
export const rejectBodySchema = z.object({
  author: z.string().trim().min(1).max(200),
  reason: z.string().max(2000).optional(),
});

/** `POST /api/v1/review/{id}/edit` body: replace one proposed value. */
export const editBodySchema = z.object({
  author: z.string().trim().min(1).max(200),
  prop: z.string().min(1),
  from: z.string().optional(),
  to: z.string().trim().min(1),
});

/** `POST /api/v1/review/{id}/edit` response. */
export const editResponseSchema = z.object({
  candidate: z.string(),
  prop: z.string(),
  from: z.string(),
  to: z.string(),
});

/** `POST /api/v1/review/accept` body: bulk acceptance needs an explicit minimum confidence. */
export const bulkAcceptBodySchema = z.object({
  author: z.string().trim().min(1).max(200),
  minConfidence: z.number().min(0).max(1),
  dataset: z.string().min(1).optional(),
});

/** A decision on one candidate. */
export const decisionSchema = z.object({
  candidate: z.string(),
  decision: z.enum(['accepted', 'rejected']),
  entity: z.string().optional(),
  statements: z.number().int(),
});

/** `POST /api/v1/review/accept`. */
export const bulkAcceptResponseSchema = z.object({
  accepted: z.array(decisionSchema),
  skipped: z.array(z.object({ candidate: z.string(), reason: z.string() })),
});
