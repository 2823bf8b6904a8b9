/**
 * Retraction (FtM delta DEL/MOD): on SQLite and PostgreSQL, real databases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId, makeStatementId, type Statement } from '@daylight/core';
import type { Store } from './store.js';
import { storeKinds, type TestStore } from './testing/index.js';

const kinds = await storeKinds();
const NOW = '2026-01-02T03:04:05.000Z';

function st(entity: string, prop: string, value: string, dataset = 'news'): Statement {
  const ds = datasetId(dataset);
  return {
    id: makeStatementId({ dataset: ds, entityId: entity, prop, value, sourceId: null }),
    entityId: entityId(entity),
    schema: 'Company',
    prop,
    propType: prop === 'id' ? 'id' : 'name',
    value,
    dataset: ds,
    sourceId: null,
    evidence: null,
    origin: 'import',
    status: 'accepted',
    author: 'test',
    confidence: null,
    firstSeen: NOW,
    lastSeen: NOW,
    retractedAt: null,
  };
}

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`Retraction on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('retracts an entity from one dataset, keeps the statements as history and other datasets', async () => {
      await store.writeBatch({
        statements: [
          st('acme', 'id', 'acme'),
          st('acme', 'name', 'Acme Ltd'),
          st('acme', 'id', 'acme', 'other'),
        ],
      });
      const retracted = await store.retractStatements([
        { entityId: entityId('acme'), dataset: datasetId('news') },
      ]);
      expect(retracted).toBe(2);
      const entity = await store.getEntity(entityId('acme'));
      expect(entity.datasets).toEqual(['other']);
      expect(entity.properties).toEqual({});
      const all = await store.getStatements(entityId('acme'), { all: true });
      expect(all.filter((s) => s.retractedAt !== null).map((s) => s.value)).toEqual(['acme', 'Acme Ltd']);
      expect(
        await store.retractStatements([{ entityId: entityId('acme'), dataset: datasetId('news') }]),
      ).toBe(0);
    });

    it('removes the entity when nothing current is left, and a replacing batch brings statements back', async () => {
      await store.writeBatch({ statements: [st('acme', 'id', 'acme'), st('acme', 'name', 'Acme Ltd')] });
      await store.retractStatements([{ entityId: entityId('acme'), dataset: datasetId('news') }]);
      expect(await store.findEntity(entityId('acme'))).toBeUndefined();
      expect((await store.search('Acme', { limit: 5 })).length).toBe(0);
      const result = await store.writeBatch({
        statements: [st('acme', 'id', 'acme'), st('acme', 'name', 'Acme Group')],
        replace: [{ entityId: entityId('acme'), dataset: datasetId('news') }],
      });
      expect(result.retracted).toBe(0);
      const entity = await store.getEntity(entityId('acme'));
      expect(entity.properties).toEqual({ name: ['Acme Group'] });
      // A later replacement retracts what the new version no longer states.
      const again = await store.writeBatch({
        statements: [st('acme', 'id', 'acme'), st('acme', 'name', 'Acme Ltd')],
        replace: [{ entityId: entityId('acme'), dataset: datasetId('news') }],
      });
      expect(again.retracted).toBe(1);
      expect((await store.getEntity(entityId('acme'))).properties).toEqual({ name: ['Acme Ltd'] });
    });
  });
}
