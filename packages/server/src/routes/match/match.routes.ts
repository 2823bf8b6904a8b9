/**
 * The yente-compatible matching API: `POST /match/{dataset}` (queries by example, scored with
 * explanations) and `GET /search/{dataset}` (names, with the same normalisation as matching).
 * Mounted at the root, where yente clients expect it.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DEFAULT_MATCH_THRESHOLD, findSchema } from '@daylight/core';
import {
  errorResponseSchema,
  matchParamsSchema,
  matchRequestSchema,
  matchResponseSchema,
  yenteSearchParamsSchema,
  yenteSearchResponseSchema,
} from '@daylight/core/api';
import type { Store } from '@daylight/store';
import { ApiError } from '../../errors.js';

/** `default` (or `all`) means every dataset, as in yente. */
const datasetParamsSchema = z.object({ dataset: z.string().min(1).max(64) });

function datasetFilter(dataset: string): string | undefined {
  return dataset === 'default' || dataset === 'all' ? undefined : dataset;
}

/**
 * @param app - the Fastify instance
 * @param options - the store
 */
export const matchRoutes: FastifyPluginAsyncZod<{ store: Store }> = (app, { store }) => {
  app.post(
    '/match/:dataset',
    {
      schema: {
        summary: 'Match entities by example (yente-compatible): scores, decisions and explanations',
        tags: ['matching'],
        params: datasetParamsSchema,
        querystring: matchParamsSchema,
        body: matchRequestSchema,
        response: { 200: matchResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => {
      const { limit, cutoff, exclude_entity_ids: excludeIds } = request.query;
      const threshold = request.query.threshold ?? DEFAULT_MATCH_THRESHOLD;
      const dataset = datasetFilter(request.params.dataset);
      const responses: Record<string, z.infer<typeof matchResponseSchema>['responses'][string]> = {};
      for (const [name, query] of Object.entries(request.body.queries)) {
        if (!findSchema(query.schema)) {
          throw new ApiError(
            400,
            'invalid_schema',
            `queries.${name}.schema: unknown FtM schema "${query.schema}" (e.g. Person, Company, LegalEntity).`,
          );
        }
        const hits = await store.match(query, { limit, threshold, dataset, excludeIds });
        const results = hits
          .filter((h) => h.score >= cutoff)
          .map((h) => ({
            id: h.id,
            caption: h.caption,
            schema: h.schema,
            properties: { ...h.properties },
            datasets: h.datasets,
            referents: [],
            target: false,
            score: h.score,
            match: h.match,
            features: { name_match: h.score },
            explanations: [...h.explanation],
          }));
        responses[name] = { status: 200, results, total: { value: results.length, relation: 'eq' }, query };
      }
      return { responses, matcher: { name: request.query.algorithm, threshold }, limit };
    },
  );

  app.get(
    '/search/:dataset',
    {
      schema: {
        summary: 'Search entities by name (yente-compatible)',
        tags: ['matching'],
        params: datasetParamsSchema,
        querystring: yenteSearchParamsSchema,
        response: { 200: yenteSearchResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => {
      const { q, limit } = request.query;
      const schema = request.query.schema || undefined;
      if (schema !== undefined && !findSchema(schema)) {
        throw new ApiError(400, 'invalid_schema', `schema: unknown FtM schema "${schema}".`);
      }
      const dataset = datasetFilter(request.params.dataset);
      // Over-fetch when filtering by dataset, so that the page is still full after the filter.
      const hits = await store.search(q, { schema, limit: dataset ? Math.min(500, limit * 5) : limit });
      const results = hits
        .filter((h) => dataset === undefined || h.datasets.includes(dataset))
        .slice(0, limit)
        .map((h) => ({
          id: h.id,
          caption: h.caption,
          schema: h.schema,
          datasets: h.datasets,
          score: h.score,
        }));
      return { results, total: { value: results.length, relation: 'eq' as const }, limit, offset: 0 };
    },
  );
  return Promise.resolve();
};
