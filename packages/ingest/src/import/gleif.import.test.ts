/**
 * GLEIF golden-copy import on real stores, with small files in the published column layout
 * (fictional entities).
 */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId } from '@daylight/core';
import type { Store } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { importGleifFiles } from './gleif.import.js';

const DIR = join(import.meta.dirname, '../../../../fixtures/gleif');
const options = { dataset: datasetId('gleif'), author: 'test' };
const kinds = await storeKinds();

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`GLEIF import on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('reads LEI records as companies and relationship records as consolidation edges', async () => {
      const rr = await importGleifFiles(store, [join(DIR, 'rr-records.example.csv')], 'rr', options);
      expect(rr.errors).toEqual([]);
      const lei = await importGleifFiles(store, [join(DIR, 'lei-records.example.csv')], 'lei', options);
      expect(lei.errors).toEqual([]);
      const parent = await store.getEntity(entityId('00EXAMPLEPARENT00001'));
      expect(parent.schema).toBe('Company');
      expect(parent.properties).toMatchObject({
        leiCode: ['00EXAMPLEPARENT00001'],
        name: ['Example Surveillance Holding AG'],
        jurisdiction: ['de'],
        registrationNumber: ['HRB 000001'],
        incorporationDate: ['2001-05-04'],
        legalForm: ['2HBR'],
      });
      const holdings = await store.findReferencing(parent.id, 10);
      expect(holdings).toHaveLength(3);
      const edges = await Promise.all(holdings.map((h) => store.getEntity(h.id)));
      const direct = edges.find(
        (e) =>
          e.properties.asset?.[0] === '00EXAMPLESUBSID00002' &&
          e.properties.ownershipType?.[0] === 'IS_DIRECTLY_CONSOLIDATED_BY',
      );
      expect(direct?.properties).toMatchObject({
        owner: ['00EXAMPLEPARENT00001'],
        percentage: ['100.00'],
        startDate: ['2010-09-15T00:00:00.000Z'],
        status: ['ACTIVE'],
      });
      expect(direct?.properties.summary?.[0]).toContain('direct parent; corroboration: FULLY_CORROBORATED');
      const ended = edges.find((e) => e.properties.asset?.[0] === '00EXAMPLEFOREIGN0003');
      expect(ended?.properties).toMatchObject({
        endDate: ['2020-06-30T00:00:00.000Z'],
        status: ['INACTIVE'],
      });
      expect(ended?.properties.summary?.[0]).toContain('PARTIALLY_CORROBORATED');
    });
  });
}
