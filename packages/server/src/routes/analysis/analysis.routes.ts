/**
 * Ownership and network analyses: `GET /api/v1/entities/:id/owners|holdings|investors|expand`
 * and `GET /api/v1/paths?from=&to=`. The work is done by the store's analysis service, so the
 * CLI's `--json` prints the same shapes.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { entityId } from '@daylight/core';
import {
  errorResponseSchema,
  expandResponseSchema,
  holdingsResponseSchema,
  investorsResponseSchema,
  ownersResponseSchema,
  pathsResponseSchema,
} from '@daylight/core/api';
import { expandEntity, holdingsOf, investorsOf, ownersOf, pathsBetween, type Store } from '@daylight/store';
import {
  entityParamsSchema,
  expandQuerySchema,
  pathQuerySchema,
  stakeQuerySchema,
} from './analysis.schema.js';

const errors = { 400: errorResponseSchema, 404: errorResponseSchema };

/**
 * @param app - the Fastify instance
 * @param options - the store to analyse
 */
export const analysisRoutes: FastifyPluginAsyncZod<{ store: Store }> = (app, { store }) => {
  const stakeQuery = (q: { as_of?: string | undefined; depth: number; min_stake?: number | undefined }) => ({
    asOf: q.as_of,
    depth: q.depth,
    minStake: q.min_stake === undefined ? undefined : q.min_stake / 100,
  });
  app.get(
    '/entities/:id/owners',
    {
      schema: {
        summary: 'Direct and indirect owners with effective (look-through) stakes, paths and sources',
        tags: ['analysis'],
        params: entityParamsSchema,
        querystring: stakeQuerySchema,
        response: { 200: ownersResponseSchema, ...errors },
      },
    },
    (request) => ownersOf(store, entityId(request.params.id), stakeQuery(request.query)),
  );
  app.get(
    '/entities/:id/holdings',
    {
      schema: {
        summary: 'What an entity owns directly and indirectly, with effective stakes',
        tags: ['analysis'],
        params: entityParamsSchema,
        querystring: stakeQuerySchema,
        response: { 200: holdingsResponseSchema, ...errors },
      },
    },
    (request) => holdingsOf(store, entityId(request.params.id), stakeQuery(request.query)),
  );
  app.get(
    '/entities/:id/investors',
    {
      schema: {
        summary: 'All capital providers behind a company (limited partners included), by investor type',
        tags: ['analysis'],
        params: entityParamsSchema,
        querystring: stakeQuerySchema,
        response: { 200: investorsResponseSchema, ...errors },
      },
    },
    (request) => investorsOf(store, entityId(request.params.id), stakeQuery(request.query)),
  );
  app.get(
    '/entities/:id/expand',
    {
      schema: {
        summary: 'A bounded neighbourhood for the graph view, with counts of what was left out',
        tags: ['analysis'],
        params: entityParamsSchema,
        querystring: expandQuerySchema,
        response: { 200: expandResponseSchema, ...errors },
      },
    },
    (request) =>
      expandEntity(store, entityId(request.params.id), {
        depth: request.query.depth,
        schemas: request.query.schemas,
        asOf: request.query.as_of,
        limit: request.query.limit,
      }),
  );
  app.get(
    '/paths',
    {
      schema: {
        summary: 'Shortest and k shortest paths between two entities, each link with its sources',
        tags: ['analysis'],
        querystring: pathQuerySchema,
        response: { 200: pathsResponseSchema, ...errors },
      },
    },
    (request) => {
      const q = request.query;
      return pathsBetween(store, entityId(q.from), entityId(q.to), {
        maxLength: q.max_length,
        k: q.k,
        schemas: q.schemas,
        asOf: q.as_of,
      });
    },
  );
  return Promise.resolve();
};
