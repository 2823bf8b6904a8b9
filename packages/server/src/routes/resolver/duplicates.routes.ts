/**
 * `GET /api/v1/entities/:id/duplicates?threshold=&limit=`: entities that may be the same as this
 * one, with scores and explanations (read-only).
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_MATCH_THRESHOLD, entityId } from '@daylight/core';
import { errorResponseSchema } from '@daylight/core/api';
import { findDuplicatesOf, type Store } from '@daylight/store';

const paramsSchema = z.object({ id: z.string().min(1).max(500) });
const querySchema = z.object({
  threshold: z.coerce.number().min(0).max(1).default(DEFAULT_MATCH_THRESHOLD),
  limit: z.coerce.number().int().min(1).max(100).default(10),
});

/** `GET /api/v1/entities/:id/duplicates` response. */
export const duplicatesResponseSchema = z.object({
  id: z.string(),
  threshold: z.number(),
  results: z.array(
    z.object({
      id: z.string(),
      schema: z.string(),
      caption: z.string(),
      datasets: z.array(z.string()),
      score: z.number(),
      explanation: z.array(z.string()),
    }),
  ),
});

/**
 * @param app - the Fastify instance
 * @param options - the store
 */
export const duplicatesRoutes: FastifyPluginAsyncZod<{ store: Store }> = (app, { store }) => {
  app.get(
    '/entities/:id/duplicates',
    {
      schema: {
        summary: 'Entities that may be the same as this one, with scores and explanations',
        tags: ['matching'],
        params: paramsSchema,
        querystring: querySchema,
        response: { 200: duplicatesResponseSchema, 400: errorResponseSchema, 404: errorResponseSchema },
      },
    },
    async (request) => {
      const entity = await store.getEntity(entityId(request.params.id));
      const { threshold, limit } = request.query;
      const hits = await findDuplicatesOf(store, entity, threshold, limit);
      return {
        id: entity.id,
        threshold,
        results: hits.map((h) => ({
          id: h.id,
          schema: h.schema,
          caption: h.caption,
          datasets: h.datasets,
          score: h.score,
          explanation: [...h.explanation],
        })),
      };
    },
  );
  return Promise.resolve();
};
