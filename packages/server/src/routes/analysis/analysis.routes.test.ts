/**
 * The analysis endpoints in-process, over real stores (SQLite and PostgreSQL).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { datasetId, parseFtmEntity, sourceId, type Statement } from '@daylight/core';
import {
  errorResponseSchema,
  expandResponseSchema,
  holdingsResponseSchema,
  investorsResponseSchema,
  ownersResponseSchema,
  pathsResponseSchema,
} from '@daylight/core/api';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { buildApp } from '../../app.js';

const source = {
  id: sourceId('src-registry'),
  kind: 'import' as const,
  dataset: datasetId('registry'),
  title: 'Luxembourg register extract',
  publisher: 'Tests',
  url: null,
  publishedAt: null,
  retrievedAt: '2026-01-01T00:00:00.000Z',
  fileName: 'lux.ftm.json',
  contentHash: null,
};

const entities = [
  { id: 'nso', schema: 'Company', properties: { name: ['NSO Example Ltd'] } },
  { id: 'osy', schema: 'Company', properties: { name: ['OSY Example SARL'] } },
  { id: 'fund', schema: 'Company', properties: { name: ['Example Capital Partners LP'] } },
  { id: 'pension', schema: 'Organization', properties: { name: ['Example Teachers Pension Plan'] } },
  { id: 'gp', schema: 'Person', properties: { name: ['Stephen Example'] } },
  { id: 'o1', schema: 'Ownership', properties: { owner: ['osy'], asset: ['nso'], percentage: ['100'] } },
  {
    id: 'o2',
    schema: 'Ownership',
    properties: { owner: ['fund'], asset: ['osy'], percentage: ['70'], startDate: ['2019-02'] },
  },
  {
    id: 'o3',
    schema: 'Ownership',
    properties: {
      owner: ['pension'],
      asset: ['fund'],
      role: ['Limited partner'],
      sharesValue: ['10000000'],
      sharesCurrency: ['EUR'],
    },
  },
  { id: 'd1', schema: 'Directorship', properties: { director: ['gp'], organization: ['osy'] } },
];

const kinds = await storeKinds();
for (const kind of kinds) {
  describe.skipIf(!kind.available)(`analysis API (${kind.name})`, () => {
    let t: TestStore;
    let app: FastifyInstance;
    beforeAll(async () => {
      t = await kind.open();
      const statements: Statement[] = [];
      for (const raw of entities) {
        const parsed = parseFtmEntity(raw, {
          dataset: source.dataset,
          sourceId: source.id,
          author: 'test',
          now: source.retrievedAt,
        });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        statements.push(...parsed.statements);
      }
      await t.store.writeBatch({ sources: [source], statements });
      app = await buildApp({ store: t.store });
    });
    afterAll(async () => {
      await app.close();
      await t.dispose();
    });

    const get = async (url: string) => {
      const res = await app.inject({ method: 'GET', url });
      return { status: res.statusCode, body: res.json<unknown>() };
    };

    it('lists owners with look-through stakes, ultimate owners and sourced links', async () => {
      const res = await get('/api/v1/entities/nso/owners');
      expect(res.status).toBe(200);
      const body = ownersResponseSchema.parse(res.body);
      expect(body.entity).toEqual({ id: 'nso', caption: 'NSO Example Ltd' });
      expect(body.owners.map((o) => [o.id, o.effective_stake, o.ultimate])).toEqual([
        ['osy', 1, false],
        ['fund', 0.7, false],
        ['pension', null, true],
      ]);
      expect(body.owners[2]!.stake_range).toEqual([0, 0.7]);
      const chain = body.owners[2]!.paths[0]!;
      expect(chain.map((l) => [l.from, l.to, l.percentage])).toEqual([
        ['pension', 'fund', null],
        ['fund', 'osy', '70'],
        ['osy', 'nso', '100'],
      ]);
      expect(chain[1]!.start).toBe('2019-02');
      expect(chain[1]!.sources[0]!.title).toBe('Luxembourg register extract');
      const early = ownersResponseSchema.parse((await get('/api/v1/entities/nso/owners?as_of=2018')).body);
      expect(early.owners.map((o) => o.id)).toEqual(['osy']);
      const big = ownersResponseSchema.parse((await get('/api/v1/entities/nso/owners?min_stake=80')).body);
      expect(big.owners.map((o) => o.id)).toEqual(['osy']);
    });

    it('lists holdings, investors by type, paths and a bounded neighbourhood', async () => {
      const holdings = holdingsResponseSchema.parse((await get('/api/v1/entities/fund/holdings')).body);
      expect(holdings.holdings.map((h) => [h.id, h.effective_stake])).toEqual([
        ['nso', 0.7],
        ['osy', 0.7],
      ]);
      const investors = investorsResponseSchema.parse((await get('/api/v1/entities/nso/investors')).body);
      expect(investors.investors.map((i) => [i.id, i.type])).toEqual([
        ['osy', 'company'],
        ['fund', 'private_equity'],
        ['pension', 'pension_fund'],
      ]);
      expect(investors.investors[2]!.commitment).toEqual({ amount: '10000000', currency: 'EUR' });
      const paths = pathsResponseSchema.parse((await get('/api/v1/paths?from=gp&to=nso&k=2')).body);
      expect(paths.paths.map((p) => p.map((l) => l.schema))).toEqual([['Directorship', 'Ownership']]);
      const expand = expandResponseSchema.parse((await get('/api/v1/entities/osy/expand?limit=3')).body);
      expect(expand.nodes).toHaveLength(3);
      expect(expand.left_out.nodes).toBe(1);
      const own = expandResponseSchema.parse(
        (await get('/api/v1/entities/osy/expand?schemas=Ownership')).body,
      );
      expect(own.nodes.map((n) => n.id).sort()).toEqual(['fund', 'nso', 'osy']);
    });

    it('answers bad input with the one error shape', async () => {
      const missing = await get('/api/v1/entities/nobody/owners');
      expect(missing.status).toBe(404);
      expect(errorResponseSchema.parse(missing.body).error.id).toBe('entity_not_found');
      const badDate = await get('/api/v1/entities/nso/owners?as_of=yesterday');
      expect(badDate.status).toBe(400);
      expect(errorResponseSchema.parse(badDate.body).error.message).toContain('as_of');
      const badSchema = await get('/api/v1/paths?from=gp&to=nso&schemas=Owns');
      expect(badSchema.status).toBe(400);
      expect((await get('/api/v1/openapi.json')).status).toBe(200);
    });
  });
}
