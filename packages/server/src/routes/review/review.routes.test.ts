/**
 * `/api/v1/review` in-process over a real SQLite store holding proposals extracted from a short
 * fictional text.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { datasetId, extractWithRules, proposalsFrom, proposedEntityId, sourceId } from '@daylight/core';
import {
  bulkAcceptResponseSchema,
  candidateDetailSchema,
  decisionSchema,
  errorResponseSchema,
  reviewListResponseSchema,
} from '@daylight/core/api';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { buildApp } from '../../app.js';

const TEXT =
  'Halvard Capital acquired a 60% stake in Quillon Networks in 2021. Quillon Networks spokeswoman Ada Brandt declined to comment.';
const NOW = '2026-03-01T00:00:00.000Z';
const DOC = sourceId('doc-review-test');
let t: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  const sqlite = (await storeKinds()).find((k) => k.name === 'sqlite');
  if (!sqlite) throw new Error('SQLite store kind missing');
  t = await sqlite.open();
  const proposals = proposalsFrom(extractWithRules({ text: TEXT }), {
    dataset: datasetId('news'),
    sourceId: DOC,
    author: 'extractor:rules',
    now: NOW,
    text: TEXT,
  });
  await t.store.writeBatch({
    sources: [
      {
        id: DOC,
        kind: 'document',
        dataset: datasetId('news'),
        title: 'Quillon deal',
        publisher: null,
        url: null,
        publishedAt: null,
        retrievedAt: NOW,
        fileName: 'deal.txt',
        contentHash: 'c'.repeat(64),
      },
    ],
    statements: proposals.statements,
  });
  await t.store.saveDocumentText({
    sourceId: DOC,
    kind: 'text',
    language: 'en',
    text: TEXT,
    pages: [],
    createdAt: NOW,
  });
  app = await buildApp({ store: t.store });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('/api/v1/review', () => {
  it('lists candidates, shows evidence in context, accepts and rejects with an author', async () => {
    const list = reviewListResponseSchema.parse((await app.inject({ url: '/api/v1/review' })).json());
    expect(list.candidates.map((c) => c.names[0])).toEqual(
      expect.arrayContaining(['Halvard Capital', 'Quillon Networks', 'Ada Brandt']),
    );

    const halvard = proposedEntityId('news', 'Company', 'Halvard Capital');
    const shown = await app.inject({ url: `/api/v1/review/${halvard}` });
    expect(shown.statusCode).toBe(200);
    const detail = candidateDetailSchema.parse(shown.json());
    expect(detail.values.find((v) => v.prop === 'name')?.evidence).toMatchObject({
      quote: 'Halvard Capital',
      after: expect.stringContaining(' acquired a 60% stake') as unknown,
    });

    const edited = await app.inject({
      method: 'POST',
      url: `/api/v1/review/${halvard}/edit`,
      payload: { author: 'ana', prop: 'name', to: 'Halvard Capital LLP' },
    });
    expect(edited.json()).toMatchObject({ from: 'Halvard Capital', to: 'Halvard Capital LLP' });
    const accepted = await app.inject({
      method: 'POST',
      url: `/api/v1/review/${halvard}/accept`,
      payload: { author: 'ana' },
    });
    expect(decisionSchema.parse(accepted.json())).toMatchObject({
      decision: 'accepted',
      entity: `e-${halvard.slice(2)}`,
    });
    const entity = await app.inject({ url: `/api/v1/entities/e-${halvard.slice(2)}` });
    expect(entity.statusCode).toBe(200);
    expect(entity.body).toContain('Halvard Capital LLP');

    const ada = list.candidates.find((c) => c.names.includes('Ada Brandt'));
    const rejected = await app.inject({
      method: 'POST',
      url: `/api/v1/review/${ada?.entityId ?? ''}/reject`,
      payload: { author: 'ben', reason: 'off topic' },
    });
    expect(decisionSchema.parse(rejected.json()).decision).toBe('rejected');

    const gone = await app.inject({ url: `/api/v1/review/${ada?.entityId ?? ''}` });
    expect(gone.statusCode).toBe(404);
    expect(errorResponseSchema.parse(gone.json()).error.id).toBe('candidate_not_found');
  });

  it('refuses bulk acceptance without a minimum confidence, and accepts above one', async () => {
    const refused = await app.inject({
      method: 'POST',
      url: '/api/v1/review/accept',
      payload: { author: 'ana' },
    });
    expect(refused.statusCode).toBe(400);
    const bulk = await app.inject({
      method: 'POST',
      url: '/api/v1/review/accept',
      payload: { author: 'ana', minConfidence: 0.8 },
    });
    expect(bulk.statusCode).toBe(200);
    const result = bulkAcceptResponseSchema.parse(bulk.json());
    expect(result.accepted.map((d) => d.candidate)).toContain(
      proposedEntityId('news', 'Company', 'Quillon Networks'),
    );
  });
});
