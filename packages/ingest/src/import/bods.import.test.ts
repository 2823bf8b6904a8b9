/**
 * BODS import on real stores with every published example of BODS 0.2, 0.3 and 0.4.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId } from '@daylight/core';
import type { Store } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { importBodsFiles } from './bods.import.js';

const BODS = join(import.meta.dirname, '../../../../fixtures/bods');

function examples(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...examples(path));
    else if (name.endsWith('.json')) out.push(path);
  }
  return out;
}

const kinds = await storeKinds();
const dataset = datasetId('bods');

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`BODS import on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    for (const version of ['v0.2.0', 'v0.3.0', 'v0.4.0']) {
      it(`imports every ${version} example with no error`, async () => {
        const files = examples(join(BODS, version, 'examples'));
        expect(files.length).toBeGreaterThan(10);
        for (const file of files) {
          const summary = await importBodsFiles(store, [file], { dataset, author: 'test' });
          expect(summary.errors, file).toEqual([]);
          expect(summary.entities, file).toBeGreaterThan(0);
        }
      });
    }

    it('maps a 0.4 shareholding to an Ownership with its share and start date, and the person', async () => {
      const summary = await importBodsFiles(store, [join(BODS, 'v0.4.0/examples/indirect-ownership.json')], {
        dataset,
        author: 'test',
      });
      expect(summary.errors).toEqual([]);
      const own = await store.getEntity(entityId('4cf2837bd01f-0'));
      expect(own.schema).toBe('Ownership');
      expect(own.properties).toMatchObject({
        owner: ['d4ab89ea169a'],
        asset: ['ad3f6c2fcc9e'],
        percentage: ['60'],
        startDate: ['2017-11-01'],
        ownershipType: ['shareholding'],
      });
      const company = await store.getEntity(entityId('ad3f6c2fcc9e'));
      expect(company.schema).toBe('Company');
      expect(company.properties.registrationNumber).toEqual(['XE9999']);
      const person = await store.getEntity(entityId('c25d4d612c2c'));
      expect(person.properties).toMatchObject({
        name: ['Person 1'],
        nationality: ['gb'],
        birthDate: ['1965-11'],
      });
      // The asserting party becomes the statements' source publisher.
      const statements = await store.getStatements(own.id);
      const sources = await store.getSources(statements.map((s) => s.sourceId).filter((s) => s !== null));
      expect([...sources.values()].map((s) => s.publisher)).toContain('Company A');
    });

    it('honours replacesStatements: the replaced 0.2 ownership is retracted', async () => {
      const summary = await importBodsFiles(
        store,
        [
          join(BODS, 'v0.2.0/examples/1-single-direct.json'),
          join(BODS, 'v0.2.0/examples/2-single-update.json'),
        ],
        { dataset, author: 'test' },
      );
      expect(summary.errors).toEqual([]);
      const replaced = await store.getStatements(entityId('fbfd0547-d0c6-4a00-b559-5c5e91c34f5c-0'), {
        all: true,
      });
      expect(replaced.every((s) => s.retractedAt !== null)).toBe(true);
      expect(replaced.length).toBeGreaterThan(0);
      expect(await store.findEntity(entityId('fbfd0547-d0c6-4a00-b559-5c5e91c34f5c-0'))).toBeUndefined();
      const current = await store.getEntity(entityId('676ce2ec-e244-409e-85f9-9823e88bc099-0'));
      expect(current.properties.percentage).toEqual(['50']);
    });

    it('keeps a share range as a range', async () => {
      const files = examples(join(BODS, 'v0.4.0/examples'));
      for (const file of files) await importBodsFiles(store, [file], { dataset, author: 'test' });
      const percentages: string[] = [];
      for await (const e of store.iterateEntities())
        if (e.schema === 'Ownership') percentages.push(...(e.properties.percentage ?? []));
      expect(percentages.some((p) => /^>?=?\d+(\.\d+)?-<?\d+/.test(p))).toBe(true);
    });

    it('names file, line and JSON path of a bad statement and writes nothing of the file', async () => {
      const { writeFileSync, mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const dir = mkdtempSync(join(tmpdir(), 'daylight-bods-'));
      const bad = join(dir, 'bad.json');
      writeFileSync(
        bad,
        JSON.stringify(
          [
            {
              statementId: 's1',
              recordId: 'e1',
              recordType: 'entity',
              recordStatus: 'new',
              recordDetails: { isComponent: false, entityType: { type: 'registeredEntity' }, name: 'A Ltd' },
            },
            {
              statementId: 's2',
              recordId: 'r1',
              recordType: 'relationship',
              recordStatus: 'new',
              recordDetails: {
                isComponent: false,
                subject: 'e1',
                interestedParty: 'p1',
                interests: [{ type: 'shareholding', share: { exact: 'half' } }],
              },
            },
          ],
          null,
          1,
        ),
      );
      const summary = await importBodsFiles(store, [bad], { dataset, author: 'test' });
      expect(summary.errors).toHaveLength(1);
      expect(summary.errors[0]?.field).toBe('[1].recordDetails.interests.0.share.exact');
      expect(summary.errors[0]?.line).toBeGreaterThan(1);
      expect(await store.findEntity(entityId('e1'))).toBeUndefined();
    });
  });
}
