/**
 * Matching against a real store, on SQLite and PostgreSQL: OpenSanctions' zala sample imported,
 * then queries by example as a screening user writes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { datasetId, importSourceId, makeStatementId, parseFtmEntity, type Statement } from '@daylight/core';
import { storeKinds, type TestStore } from '../testing/index.js';

const kinds = await storeKinds();
const ZALA = join(import.meta.dirname, '../../../../fixtures/ftm/opensanctions/zala.entities.ftm.jsonl');

function zalaStatements(): Statement[] {
  const ctx = {
    dataset: datasetId('zala'),
    sourceId: importSourceId('zala', 'zala.entities.ftm.jsonl'),
    author: 'test',
    now: '2026-01-02T03:04:05.000Z',
  };
  return readFileSync(ZALA, 'utf8')
    .trim()
    .split('\n')
    .flatMap((line) => {
      const parsed = parseFtmEntity(JSON.parse(line) as unknown, ctx);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
      return parsed.statements;
    });
}

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`match on ${kind.name}`, () => {
    let t: TestStore;
    beforeAll(async () => {
      t = await kind.open();
      await t.store.writeBatch({ statements: zalaStatements() });
    });
    afterAll(async () => t.dispose());

    it('finds a person from a misspelt, reordered name and explains the score', async () => {
      const hits = await t.store.match(
        { schema: 'Person', properties: { name: ['Zakharova Mariya Aleksandrovna'] } },
        { limit: 5 },
      );
      expect(hits[0]).toMatchObject({ id: 'NK-2Tbri3s6GgNtAwsSXh4qpL', match: true });
      expect(hits[0]!.explanation.join(' ')).toContain('zakharova');
    });

    it('finds a company across scripts and legal-form spellings', async () => {
      const hits = await t.store.match(
        { schema: 'Company', properties: { name: ['OOO Aeroskan'] } },
        { limit: 3 },
      );
      expect(hits[0]).toMatchObject({ id: 'NK-iE6m5ryPeTAMZozfECVSL7', match: true });
    });

    it('lets an identifier find an entity whose name is written differently', async () => {
      const hits = await t.store.match(
        { schema: 'Company', properties: { name: ['Izhevsk Machine Works'], innCode: ['1832090230'] } },
        { limit: 3 },
      );
      expect(hits[0]?.id).toBe('NK-nR5AXM9AVPq4pQaSPSaVam');
      expect(hits[0]!.explanation.join(' ')).toContain('identifiers agree');
    });

    it('keeps people and companies apart, honours exclusions and the dataset filter', async () => {
      const people = await t.store.match(
        { schema: 'Person', properties: { name: ['Zala Aero'] } },
        { limit: 5 },
      );
      expect(people.every((h) => h.schema === 'Person')).toBe(true);
      const excluded = await t.store.match(
        { schema: 'Company', properties: { name: ['OOO Aeroskan'] } },
        { limit: 3, excludeIds: ['NK-iE6m5ryPeTAMZozfECVSL7'] },
      );
      expect(excluded.map((h) => h.id)).not.toContain('NK-iE6m5ryPeTAMZozfECVSL7');
      const elsewhere = await t.store.match(
        { schema: 'Company', properties: { name: ['OOO Aeroskan'] } },
        { limit: 3, dataset: 'other' },
      );
      expect(elsewhere).toEqual([]);
    });

    it('search forgives typos, other scripts and legal-form variants', async () => {
      const typo = await t.store.search('Kalashnikof Concern', { limit: 10 });
      expect(typo[0]?.id).toBe('NK-nR5AXM9AVPq4pQaSPSaVam');
      const cyrillic = await t.store.search('Абашкин Константин', { limit: 10 });
      expect(cyrillic.map((h) => h.id)).toContain('NK-mCEmxFfuhfdjpC8gsxH74o');
      const form = await t.store.search('Aeroscan GmbH', { limit: 10 });
      expect(form.map((h) => h.id)).toContain('NK-iE6m5ryPeTAMZozfECVSL7');
      expect(await t.store.search('Qqzxv Wwrtp', { limit: 10 })).toEqual([]);
    });

    it('updates the blocking index in the write transaction when a name changes', async () => {
      const before = await t.store.match(
        { schema: 'Company', properties: { name: ['Quillfeather Avionics'] } },
        { limit: 3 },
      );
      expect(before.filter((h) => h.match)).toEqual([]);
      const statements = zalaStatements().filter(
        (s) => s.entityId === 'NK-iE6m5ryPeTAMZozfECVSL7' && s.prop === 'id',
      );
      const base = statements[0]!;
      const alias = { prop: 'alias', value: 'Quillfeather Avionics' };
      const named: Statement = {
        ...base,
        ...alias,
        propType: 'name',
        id: makeStatementId({
          dataset: base.dataset,
          entityId: base.entityId,
          sourceId: base.sourceId,
          ...alias,
        }),
      };
      await t.store.writeBatch({ statements: [named] });
      const after = await t.store.match(
        { schema: 'Company', properties: { name: ['Quillfeather Avionic'] } },
        { limit: 3 },
      );
      expect(after[0]).toMatchObject({ id: 'NK-iE6m5ryPeTAMZozfECVSL7', match: true });
    });
  });
}
