/**
 * Duplicate candidates of an entity, in-process over a real SQLite store.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { datasetId, importSourceId, parseFtmEntity } from '@daylight/core';
import { errorResponseSchema } from '@daylight/core/api';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { buildApp } from '../../app.js';
import { duplicatesResponseSchema } from './duplicates.routes.js';

let t: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  const sqlite = (await storeKinds()).find((k) => k.name === 'sqlite')!;
  t = await sqlite.open();
  const ctx = {
    dataset: datasetId('dd'),
    sourceId: importSourceId('dd', 'dd.jsonl'),
    author: 'test',
    now: '2026-01-02T03:04:05.000Z',
  };
  const entities = [
    { id: 'd1', schema: 'Company', properties: { name: ['Intellexa S.A.'], jurisdiction: ['gr'] } },
    { id: 'd2', schema: 'Company', properties: { name: ['INTELLEXA SA'] } },
    { id: 'd3', schema: 'Company', properties: { name: ['Intellexa Limited'] } },
  ];
  const statements = entities.flatMap((e) => {
    const parsed = parseFtmEntity(e, ctx);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    return parsed.statements;
  });
  await t.store.writeBatch({ statements });
  app = await buildApp({ store: t.store });
});
afterAll(async () => {
  await app.close();
  await t.dispose();
});

describe('GET /api/v1/entities/:id/duplicates', () => {
  it('lists the same company written differently, not its sister company', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/entities/d1/duplicates' });
    expect(res.statusCode).toBe(200);
    const body = duplicatesResponseSchema.parse(res.json());
    expect(body.results.map((r) => r.id)).toEqual(['d2']);
    expect(body.results[0]!.explanation.join(' ')).toContain('legal forms agree');
  });

  it('answers 404 for an unknown entity', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/v1/entities/nope/duplicates' });
    expect(res.statusCode).toBe(404);
    expect(errorResponseSchema.parse(res.json()).error.id).toBe('entity_not_found');
  });
});
