/**
 * `GET /api/v1/search?q=&schema=&limit=`: entities by name.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorResponseSchema, searchResponseSchema } from '@daylight/core/api';
import type { Store } from '@daylight/store';
import { searchQuerySchema } from './search.schema.js';

/**
 * @param app - the Fastify instance
 * @param options - the store to search
 */
export const searchRoutes: FastifyPluginAsyncZod<{ store: Store }> = (app, { store }) => {
  app.get(
    '/search',
    {
      schema: {
        summary: 'Search entities by name (case, diacritics and punctuation folded; prefixes and substrings)',
        tags: ['search'],
        querystring: searchQuerySchema,
        response: { 200: searchResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const schema = request.query.schema || undefined;
      const results = await store.search(q, { schema, limit });
      return { query: q, schema: schema ?? null, results };
    },
  );
  return Promise.resolve();
};
