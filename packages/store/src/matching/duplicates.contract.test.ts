/**
 * Duplicate pairs on SQLite and PostgreSQL: the same company written differently is listed once;
 * sister companies and fund vintages are not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId, importSourceId, parseFtmEntity } from '@daylight/core';
import { storeKinds, type TestStore } from '../testing/index.js';
import { findDuplicatePairs } from './duplicates.service.js';

const kinds = await storeKinds();

const ENTITIES = [
  { id: 'c1', schema: 'Company', properties: { name: ['OSY Technologies S.à r.l.'], jurisdiction: ['lu'] } },
  { id: 'c2', schema: 'Company', properties: { name: ['OSY TECHNOLOGIES SARL'], jurisdiction: ['lu'] } },
  { id: 'c3', schema: 'Company', properties: { name: ['Intellexa S.A.'] } },
  { id: 'c4', schema: 'Company', properties: { name: ['Intellexa Limited'] } },
  { id: 'f3', schema: 'Company', properties: { name: ['Novalpina Capital Fund III'] } },
  { id: 'f4', schema: 'Company', properties: { name: ['Novalpina Capital Fund IV'] } },
  { id: 'p1', schema: 'Person', properties: { name: ['Omri Lavie'] } },
  { id: 'p2', schema: 'Person', properties: { name: ['Omrie Lavie'] }, dataset: 'other' },
];

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`duplicates on ${kind.name}`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await kind.open();
      const statements = ENTITIES.flatMap(({ dataset, ...e }) => {
        const name = dataset ?? 'dd';
        const parsed = parseFtmEntity(e, {
          dataset: datasetId(name),
          sourceId: importSourceId(name, 'dd.jsonl'),
          author: 'test',
          now: '2026-01-02T03:04:05.000Z',
        });
        if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
        return parsed.statements;
      });
      await t.store.writeBatch({ statements });
    });
    afterAll(async () => t.dispose());

    it('lists each likely pair once, with its explanation, and not sister companies or fund vintages', async () => {
      const pairs = await findDuplicatePairs(t.store, { threshold: 0.7, limit: 10 });
      expect(pairs.map((p) => `${p.a.id}-${p.b.id}`).sort()).toEqual(['c1-c2', 'p1-p2']);
      expect(pairs.find((p) => p.a.id === 'c1')!.explanation.join(' ')).toContain('legal forms agree');
    });

    it('keeps to one dataset when asked', async () => {
      const pairs = await findDuplicatePairs(t.store, {
        dataset: datasetId('dd'),
        threshold: 0.7,
        limit: 10,
      });
      expect(pairs.map((p) => `${p.a.id}-${p.b.id}`)).toEqual(['c1-c2']);
    });
  });
}
