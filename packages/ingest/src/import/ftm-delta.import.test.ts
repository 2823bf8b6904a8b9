/**
 * FtM delta import on real stores, with OpenSanctions' published delta series (t2_deltas).
 */
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId } from '@daylight/core';
import type { Store } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { importFtmDeltaFiles } from './ftm-delta.import.js';

const DIR = join(import.meta.dirname, '../../../../fixtures/ftm/opensanctions/t2_deltas');
const DELTAS = readdirSync(DIR)
  .filter((f) => f.endsWith('.delta.jsonl'))
  .sort()
  .map((f) => join(DIR, f));
const dataset = datasetId('sanctions');
const options = { dataset, author: 'test' };
const kinds = await storeKinds();
const tmp = mkdtempSync(join(tmpdir(), 'daylight-delta-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`FtM delta import on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('applies ADD, MOD and DEL in order: MOD replaces values, DEL retracts and keeps history', async () => {
      const summary = await importFtmDeltaFiles(store, DELTAS, options);
      expect(summary.errors).toEqual([]);
      expect(summary.files.every((f) => f.written)).toBe(true);
      // DEL: the entity is gone, its statements are kept as retracted history.
      expect(await store.findEntity(entityId('NK-500Poltergeist'))).toBeUndefined();
      const history = await store.getStatements(entityId('NK-500Poltergeist'), { all: true });
      expect(history.length).toBeGreaterThan(0);
      expect(history.every((s) => s.retractedAt !== null)).toBe(true);
      // MOD: the new version's names only; the old ones are retracted.
      const modified = await store.getEntity(entityId('NK-2T3S8Hu29ktYnKSTgQp2wL'));
      expect(modified.properties.name).toEqual([
        'Foobar Foobargroup',
        'IRGC',
        'Iranian Revolutionary Guard Corps',
      ]);
      expect(modified.caption).toBe('Foobar Foobargroup');
      const all = await store.getStatements(entityId('NK-2T3S8Hu29ktYnKSTgQp2wL'), { all: true });
      expect(all.some((s) => s.value === 'AL-QAIDA IN IRAQ' && s.retractedAt !== null)).toBe(true);
      // ADD in the last file.
      expect((await store.getEntity(entityId('Q4365364'))).schema).toBe('Person');
      expect((await store.counts()).entities).toBeGreaterThanOrEqual(3);
      expect(summary.retracted).toBeGreaterThan(0);
    });

    it('changes nothing when the same deltas are applied again', async () => {
      await importFtmDeltaFiles(store, DELTAS, options);
      const before = await store.counts();
      const again = await importFtmDeltaFiles(store, DELTAS, options);
      expect(again.errors).toEqual([]);
      expect(again.inserted).toBe(0);
      expect(await store.counts()).toEqual(before);
      expect((await store.getEntity(entityId('NK-2T3S8Hu29ktYnKSTgQp2wL'))).properties.name).toHaveLength(3);
    });

    it('names the line and field of a bad op and writes nothing of that file', async () => {
      const bad = join(tmp, `bad-${kind.name}.delta.jsonl`);
      writeFileSync(
        bad,
        [
          '{"op":"ADD","entity":{"id":"x1","schema":"Person","properties":{"name":["Ann"]}}}',
          '{"op":"UPSERT","entity":{"id":"x2"}}',
        ].join('\n'),
      );
      const summary = await importFtmDeltaFiles(store, [bad], options);
      expect(summary.errors).toHaveLength(1);
      expect(summary.errors[0]).toMatchObject({ line: 2, field: 'op' });
      expect(await store.findEntity(entityId('x1'))).toBeUndefined();
    });
  });
}
