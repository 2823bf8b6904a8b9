/**
 * The yente-compatible matching API in-process over a real SQLite store holding OpenSanctions'
 * zala sample.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { datasetId, importSourceId, parseFtmEntity } from '@daylight/core';
import { errorResponseSchema, matchResponseSchema, yenteSearchResponseSchema } from '@daylight/core/api';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { buildApp } from '../../app.js';

const ZALA = join(import.meta.dirname, '../../../../../fixtures/ftm/opensanctions/zala.entities.ftm.jsonl');

let t: TestStore;
let app: FastifyInstance;

beforeAll(async () => {
  const sqlite = (await storeKinds()).find((k) => k.name === 'sqlite')!;
  t = await sqlite.open();
  const ctx = {
    dataset: datasetId('zala'),
    sourceId: importSourceId('zala', 'zala.entities.ftm.jsonl'),
    author: 'test',
    now: '2026-01-02T03:04:05.000Z',
  };
  const statements = readFileSync(ZALA, 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => {
      const parsed = parseFtmEntity(JSON.parse(line) as unknown, ctx);
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

describe('POST /match/{dataset}', () => {
  it('answers each named query with scored results, decisions and explanations', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/match/default?limit=3',
      payload: {
        queries: {
          q1: { schema: 'Person', properties: { name: ['Nikita Zakharov'], birthDate: ['1986-10-27'] } },
          q2: { schema: 'Company', properties: { name: 'Aeroscan LLC' } },
        },
      },
    });
    expect(res.statusCode).toBe(200);
    const body = matchResponseSchema.parse(res.json());
    expect(body.responses.q1!.results[0]).toMatchObject({ id: 'NK-JseaPJctnK9o8wrmz8xmoT', match: true });
    expect(body.responses.q1!.results[0]!.explanations.join(' ')).toContain('birthDate agrees');
    expect(body.responses.q2!.results[0]).toMatchObject({ id: 'NK-iE6m5ryPeTAMZozfECVSL7', match: true });
    expect(body.limit).toBe(3);
  });

  it('honours exclude_entity_ids and the dataset in the path', async () => {
    const payload = { queries: { q: { schema: 'Company', properties: { name: ['Aeroscan LLC'] } } } };
    const excluded = matchResponseSchema.parse(
      (
        await app.inject({
          method: 'POST',
          url: '/match/zala?exclude_entity_ids=NK-iE6m5ryPeTAMZozfECVSL7',
          payload,
        })
      ).json(),
    );
    expect(excluded.responses.q!.results.map((r) => r.id)).not.toContain('NK-iE6m5ryPeTAMZozfECVSL7');
    const other = matchResponseSchema.parse(
      (await app.inject({ method: 'POST', url: '/match/other', payload })).json(),
    );
    expect(other.responses.q!.results).toEqual([]);
  });

  it('rejects an unknown schema with the one error shape', async () => {
    const res = await app.inject({
      method: 'POST',
      url: '/match/default',
      payload: { queries: { bad: { schema: 'Firm', properties: { name: ['x'] } } } },
    });
    expect(res.statusCode).toBe(400);
    expect(errorResponseSchema.parse(res.json()).error.message).toContain('queries.bad.schema');
  });
});

describe('GET /search/{dataset}', () => {
  it('finds an entity from a misspelt name', async () => {
    const res = await app.inject({ method: 'GET', url: '/search/default?q=kalashnikov%20concern&limit=5' });
    expect(res.statusCode).toBe(200);
    const body = yenteSearchResponseSchema.parse(res.json());
    expect(body.results[0]?.id).toBe('NK-nR5AXM9AVPq4pQaSPSaVam');
  });
});
