/**
 * `/api/v1/review`: the queue of what extraction proposed, one candidate with its evidence in
 * context, and decisions (accept, link with `as`, reject, bulk accept above a confidence that
 * must be given). Every decision is recorded as statements carrying the reviewer as author.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { entityId } from '@daylight/core';
import {
  acceptBodySchema,
  bulkAcceptBodySchema,
  bulkAcceptResponseSchema,
  candidateDetailSchema,
  decisionSchema,
  editBodySchema,
  editResponseSchema,
  errorResponseSchema,
  rejectBodySchema,
  reviewListQuerySchema,
  reviewListResponseSchema,
} from '@daylight/core/api';
import {
  CandidateNotFoundError,
  acceptAbove,
  acceptCandidate,
  editCandidate,
  listCandidates,
  rejectCandidate,
  showCandidate,
  type Store,
} from '@daylight/store';
import { ApiError } from '../../errors.js';
import { presentCandidate } from './review.presenter.js';

const params = z.object({ id: z.string().min(1) });
const errors = { 400: errorResponseSchema, 404: errorResponseSchema };

async function orNotFound<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof CandidateNotFoundError) throw new ApiError(404, error.id, error.message);
    throw error;
  }
}

/**
 * @param app - the Fastify instance
 * @param options - the store
 */
export const reviewRoutes: FastifyPluginAsyncZod<{ store: Store }> = (app, { store }) => {
  app.get(
    '/review',
    {
      schema: {
        summary: 'Candidates awaiting review, most confident first',
        tags: ['review'],
        querystring: reviewListQuerySchema,
        response: { 200: reviewListResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => ({
      candidates: (await listCandidates(store, request.query)).map((c) => ({ ...c, names: [...c.names] })),
    }),
  );
  app.get(
    '/review/:id',
    {
      schema: {
        summary: 'One candidate: proposed values with evidence in context, and similar stored entities',
        tags: ['review'],
        params,
        response: { 200: candidateDetailSchema, ...errors },
      },
    },
    async (request) =>
      presentCandidate(await orNotFound(() => showCandidate(store, entityId(request.params.id)))),
  );
  app.post(
    '/review/:id/accept',
    {
      schema: {
        summary: 'Accept a candidate (as a new entity, or as the stored entity `as`)',
        tags: ['review'],
        params,
        body: acceptBodySchema,
        response: { 200: decisionSchema, ...errors },
      },
    },
    async (request) =>
      orNotFound(() =>
        acceptCandidate(store, entityId(request.params.id), {
          author: request.body.author,
          as: request.body.as === undefined ? undefined : entityId(request.body.as),
        }),
      ),
  );
  app.post(
    '/review/:id/reject',
    {
      schema: {
        summary: 'Reject a candidate; the decision is recorded with its author and reason',
        tags: ['review'],
        params,
        body: rejectBodySchema,
        response: { 200: decisionSchema, ...errors },
      },
    },
    async (request) =>
      orNotFound(() =>
        rejectCandidate(store, entityId(request.params.id), {
          author: request.body.author,
          reason: request.body.reason,
        }),
      ),
  );
  app.post(
    '/review/:id/edit',
    {
      schema: {
        summary: 'Replace one proposed value before deciding; recorded with its author',
        tags: ['review'],
        params,
        body: editBodySchema,
        response: { 200: editResponseSchema, ...errors },
      },
    },
    async (request) => orNotFound(() => editCandidate(store, entityId(request.params.id), request.body)),
  );
  app.post(
    '/review/accept',
    {
      schema: {
        summary: 'Accept every candidate at or above `minConfidence` (required: never the default)',
        tags: ['review'],
        body: bulkAcceptBodySchema,
        response: { 200: bulkAcceptResponseSchema, 400: errorResponseSchema },
      },
    },
    async (request) => acceptAbove(store, request.body),
  );
  return Promise.resolve();
};
