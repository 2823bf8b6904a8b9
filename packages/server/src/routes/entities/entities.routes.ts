/**
 * `GET /api/v1/entities/:id`: an entity with every value's statements and sources.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { entityId } from '@daylight/core';
import { entityDetailSchema, errorResponseSchema } from '@daylight/core/api';
import type { Store } from '@daylight/store';
import { entityParamsSchema } from './entities.schema.js';
import { presentEntity } from './entity.presenter.js';

/**
 * @param app - the Fastify instance
 * @param options - the store to read
 */
export const entitiesRoutes: FastifyPluginAsyncZod<{ store: Store }> = (app, { store }) => {
  app.get(
    '/entities/:id',
    {
      schema: {
        summary: 'An entity, with the statements and sources behind every value',
        tags: ['entities'],
        params: entityParamsSchema,
        response: { 200: entityDetailSchema, 404: errorResponseSchema },
      },
    },
    async (request) => presentEntity(store, entityId(request.params.id)),
  );
  return Promise.resolve();
};
