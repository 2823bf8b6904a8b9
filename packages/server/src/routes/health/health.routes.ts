/**
 * `GET /api/v1/health`: liveness, version, and how much the store holds.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthResponseSchema } from '@daylight/core/api';
import type { Store } from '@daylight/store';

/**
 * @param app - the Fastify instance
 * @param options - the store and the version to report
 */
export const healthRoutes: FastifyPluginAsyncZod<{ store: Store; version: string }> = (
  app,
  { store, version },
) => {
  app.get(
    '/health',
    {
      schema: {
        summary: 'Liveness and store size',
        tags: ['health'],
        response: { 200: healthResponseSchema },
      },
    },
    async () => {
      const counts = await store.counts();
      return {
        status: 'ok' as const,
        version,
        store: { dialect: store.dialect, entities: counts.entities, statements: counts.statements },
      };
    },
  );
  return Promise.resolve();
};
