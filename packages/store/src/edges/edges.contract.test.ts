/**
 * The edge index and the analyses over it, on SQLite and PostgreSQL with real databases.
 */
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId } from '@daylight/core';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';
import { storeKinds, type TestStore } from '../testing/index.js';
import {
  expandEntity,
  holdingsOf,
  investorsOf,
  ownersOf,
  pathsBetween,
  UnknownEdgeSchemaError,
} from './edge-analysis.service.js';
import { TEST_SOURCE, ftmBatch, ownership, party } from './edges.testing.js';

const kinds = await storeKinds();
const id = entityId;

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`edge index and ownership analyses (${kind.name})`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('indexes links as they are written, updated and retracted', async () => {
      await store.writeBatch(
        ftmBatch([
          party('a', 'Alpha'),
          party('b', 'Beta'),
          party('p', 'Pat', 'Person'),
          ownership('o1', 'b', 'a', '51%', { startDate: ['2019'] }),
          {
            id: 'd1',
            schema: 'Directorship',
            properties: { director: ['p'], organization: ['a'], role: ['CEO'] },
          },
        ]),
      );
      const into = await store.findEdges([id('a')], { direction: 'in' });
      expect(into.map((e) => [e.id, e.source, e.schema])).toEqual([
        ['d1', 'p', 'Directorship'],
        ['o1', 'b', 'Ownership'],
      ]);
      expect(into[1]).toMatchObject({ percentage: '51%', shareMin: 0.51, shareMax: 0.51, startDate: '2019' });
      expect(into[0]!.role).toBe('CEO');
      expect(await store.findEdges([id('a')], { direction: 'out' })).toEqual([]);
      expect(
        (await store.findEdges([id('p'), id('b')], { direction: 'both', schemas: ['Ownership'] })).map(
          (e) => e.id,
        ),
      ).toEqual(['o1']);

      // A new statement of the percentage widens the link to a range; replacing the entity's
      // statements with nothing removes it from the index.
      await store.writeBatch(ftmBatch([ownership('o1', 'b', 'a', '<60')]));
      const [changed] = await store.findEdges([id('b')], { direction: 'out' });
      expect(changed).toMatchObject({ shareMin: 0, shareMax: 0.6 });
      await store.writeBatch({
        statements: [],
        replace: [{ entityId: id('o1'), dataset: datasetId('test') }],
      });
      expect(await store.findEdges([id('b')], { direction: 'out' })).toEqual([]);
    });

    it('backfills the index for entities stored before migration 002', async () => {
      await store.writeBatch(
        ftmBatch([party('a', 'Alpha'), party('b', 'Beta'), ownership('o1', 'b', 'a', '30')]),
      );
      await store.close();
      // Undo migration 002, as a database from before it would be.
      const undo = 'DROP TABLE edges; DELETE FROM schema_migrations WHERE version = 2;';
      if ('sqlitePath' in t.location) {
        const raw = new BetterSqlite3(t.location.sqlitePath);
        raw.exec(undo);
        raw.close();
      } else {
        const client = new pg.Client({ connectionString: t.location.databaseUrl });
        await client.connect();
        await client.query(undo);
        await client.end();
      }
      const reopened = await openStore(t.location);
      try {
        const edges = await reopened.findEdges([id('a')], { direction: 'in' });
        expect(edges.map((e) => [e.source, e.shareMin])).toEqual([['b', 0.3]]);
      } finally {
        await reopened.close();
      }
    });

    it('computes owners on a chain, a diamond and a cross-holding, with sources on each link', async () => {
      await store.writeBatch(
        ftmBatch([
          party('t', 'Target SA'),
          party('h1', 'Holding One'),
          party('h2', 'Holding Two'),
          party('top', 'Top Person', 'Person'),
          party('x', 'Cross Co'),
          ownership('o1', 'h1', 't', '40'),
          ownership('o2', 'h2', 't', '60'),
          ownership('o3', 'top', 'h1', '50'),
          ownership('o4', 'top', 'h2', '25'),
          // x and h2 hold each other: 30% and 10%
          ownership('o5', 'x', 'h2', '30'),
          ownership('o6', 'h2', 'x', '10'),
        ]),
      );
      const result = await ownersOf(store, id('t'));
      expect(result.entity).toEqual({ id: 't', caption: 'Target SA' });
      const by = new Map(result.owners.map((o) => [o.id, o]));
      // h2 is owned by top (25%) and x (30%); x is owned by h2 (10%): a loop through h2.
      const loop = 1 / (1 - 0.3 * 0.1);
      // Walks round the loop count too: ((I − A)⁻¹ − I)[h2][t] = 0.6 / (1 − 0.03).
      expect(by.get('h2')!.effective_stake).toBeCloseTo(0.6 * loop, 12);
      expect(by.get('x')!.effective_stake).toBeCloseTo(0.6 * 0.3 * loop, 12);
      expect(by.get('top')!.effective_stake).toBeCloseTo(0.4 * 0.5 + 0.6 * 0.25 * loop, 12);
      expect(by.get('top')!.ultimate).toBe(true);
      expect(by.get('h1')!.ultimate).toBe(false);
      expect(by.get('top')!.paths).toHaveLength(2);
      const link = by.get('top')!.paths[0]![0]!;
      expect(link).toMatchObject({ from: 'top', percentage: '50' });
      expect(link.sources.map((s) => s.title)).toEqual([TEST_SOURCE.title]);

      const holdings = await holdingsOf(store, id('top'));
      expect(new Map(holdings.holdings.map((h) => [h.id, h.effective_stake])).get('t')).toBeCloseTo(
        by.get('top')!.effective_stake!,
        12,
      );
    });

    it('keeps links with unknown percentages as ranges and honours as-of dates', async () => {
      await store.writeBatch(
        ftmBatch([
          party('t', 'Target'),
          party('f', 'Novel Capital Partners III SCSp'),
          party('lp', 'State Employees Retirement Fund'),
          party('lp2', 'Someone Wealthy', 'Person'),
          ownership('o1', 'f', 't', '100', { startDate: ['2019-06-12'] }),
          ownership('o2', 'lp', 'f', null, {
            role: ['limited partner'],
            sharesValue: ['50000000'],
            sharesCurrency: ['USD'],
          }),
          ownership('o3', 'lp2', 'f', '5', { endDate: ['2018'] }),
        ]),
      );
      const now = await ownersOf(store, id('t'));
      const lp = now.owners.find((o) => o.id === 'lp')!;
      expect(lp.effective_stake).toBeNull();
      expect(lp.stake_range).toEqual([0, 1]);
      const before = await ownersOf(store, id('t'), { asOf: '2019-01-01' });
      expect(before.owners).toEqual([]);
      const old = await ownersOf(store, id('f'), { asOf: '2017-12-31' });
      expect(old.owners.map((o) => o.id).sort()).toEqual(['lp', 'lp2']);

      const inv = await investorsOf(store, id('t'));
      const types = Object.fromEntries(inv.investors.map((i) => [i.id, i.type]));
      expect(types).toEqual({ f: 'private_equity', lp: 'pension_fund', lp2: 'individual' });
      expect(inv.investors.find((i) => i.id === 'lp')!.commitment).toEqual({
        amount: '50000000',
        currency: 'USD',
      });
    });

    it('finds paths over chosen relationship types and expands a bounded neighbourhood', async () => {
      await store.writeBatch(
        ftmBatch([
          party('flynn', 'Michael Flynn', 'Person'),
          party('adv', 'Advisory Board Ltd'),
          party('hold', 'Holding SARL'),
          party('nso', 'NSO Test Ltd'),
          { id: 'm1', schema: 'Membership', properties: { member: ['flynn'], organization: ['adv'] } },
          ownership('o1', 'hold', 'nso', '70'),
          { id: 'u1', schema: 'UnknownLink', properties: { subject: ['adv'], object: ['hold'] } },
          { id: 'd1', schema: 'Directorship', properties: { director: ['flynn'], organization: ['hold'] } },
        ]),
      );
      const all = await pathsBetween(store, id('flynn'), id('nso'), { k: 3 });
      expect(all.paths.map((p) => p.map((l) => l.schema))).toEqual([
        ['Directorship', 'Ownership'],
        ['Membership', 'UnknownLink', 'Ownership'],
      ]);
      expect(all.paths[0]![1]).toMatchObject({ from: 'hold', to: 'nso' });
      expect(all.paths[0]![1]!.sources).toHaveLength(1);
      const some = await pathsBetween(store, id('flynn'), id('nso'), {
        schemas: ['Membership', 'UnknownLink', 'Ownership'],
      });
      expect(some.paths).toHaveLength(1);
      await expect(pathsBetween(store, id('flynn'), id('nso'), { schemas: ['Owns'] })).rejects.toThrow(
        UnknownEdgeSchemaError,
      );

      const view = await expandEntity(store, id('flynn'), { depth: 2, limit: 3 });
      expect(view.nodes.map((n) => [n.id, n.distance])).toEqual([
        ['flynn', 0],
        ['adv', 1],
        ['hold', 1],
      ]);
      expect(view.edges.map((e) => e.id).sort()).toEqual(['d1', 'm1', 'u1']);
      expect(view.left_out).toEqual({ nodes: 1, edges: 1, complete: true });
    });
  });
}
