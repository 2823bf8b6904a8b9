/**
 * CSV/XLSX import through FtM-style mappings, on real stores, with the donations fixture
 * (source CSV, mapping and the FtM entities FollowTheMoney makes of them) and the KEK
 * media-ownership tables (a mapping that joins company and shares).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, toFtmJson } from '@daylight/core';
import type { Store } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { ImportSetupError } from './import.errors.js';
import { importMappedFiles } from './mapping.import.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');
const DONATIONS = join(FIXTURES, 'ftm/donations');
const KEK = join(FIXTURES, 'ownership/kek');
const dataset = datasetId('mapped');

interface RawEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function sortedProps(properties: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const key of Object.keys(properties).sort()) out[key] = [...new Set(properties[key])].sort();
  return out;
}

async function exportAll(store: Store): Promise<Map<string, RawEntity & { meta: Record<string, unknown> }>> {
  const out = new Map<string, RawEntity & { meta: Record<string, unknown> }>();
  for await (const entity of store.iterateEntities()) {
    const json = toFtmJson(entity, await store.getRecords(entity.id));
    const { id, schema, properties, ...meta } = json;
    out.set(id, { id, schema, properties: sortedProps(properties), meta });
  }
  return out;
}

const kinds = await storeKinds();
const tmp = mkdtempSync(join(tmpdir(), 'daylight-mapping-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`Mapped CSV/XLSX import on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('maps the donations CSV to exactly the FtM entities FollowTheMoney makes of it', async () => {
      const summary = await importMappedFiles(store, [join(DONATIONS, 'donations.source.csv')], {
        dataset,
        author: 'test',
        mapping: join(DONATIONS, 'donations.mapping.yml'),
      });
      expect(summary.errors).toEqual([]);
      const expected = readFileSync(join(DONATIONS, 'donations.ftm.jsonl'), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '')
        .map((l) => JSON.parse(l) as RawEntity);
      const got = await exportAll(store);
      expect(got.size).toBe(expected.length);
      for (const e of expected) {
        const mine = got.get(e.id);
        expect(mine, e.id).toBeDefined();
        expect({ id: mine?.id, schema: mine?.schema, properties: mine?.properties }).toEqual({
          id: e.id,
          schema: e.schema,
          properties: sortedProps(e.properties),
        });
      }
      // The misspelt country name is not a country: kept with the entity's record, not dropped.
      const withUnparsed = [...got.values()].filter((e) => e.meta.unparsed !== undefined);
      expect(withUnparsed.some((e) => JSON.stringify(e.meta.unparsed).includes('Niedlerlande'))).toBe(true);
    });

    it('re-importing the same files changes nothing', async () => {
      const options = { dataset, author: 'test', mapping: join(DONATIONS, 'donations.mapping.yml') };
      const files = [join(DONATIONS, 'donations.source.csv')];
      await importMappedFiles(store, files, options);
      const before = await store.counts();
      const again = await importMappedFiles(store, files, options);
      expect(again.inserted).toBe(0);
      expect(await store.counts()).toEqual(before);
    });

    it('joins the KEK company and shares tables into 2,904 ownerships between 2,705 companies', async () => {
      const summary = await importMappedFiles(store, [join(KEK, 'company.csv'), join(KEK, 'shares.csv')], {
        dataset,
        author: 'test',
        mapping: join(KEK, 'kek.mapping.yml'),
      });
      expect(summary.errors).toEqual([]);
      const got = await exportAll(store);
      const ownerships = [...got.values()].filter((e) => e.schema === 'Ownership');
      expect(ownerships).toHaveLength(2904);
      const companies = new Set(
        ownerships.flatMap((o) => [...(o.properties.owner ?? []), ...(o.properties.asset ?? [])]),
      );
      expect(companies.size).toBe(2705);
      for (const id of companies) expect(got.get(id)?.schema).toBe('Company');
      const unknown = ownerships.filter((o) => o.properties.percentage === undefined);
      expect(unknown).toHaveLength(47);
      for (const o of unknown) expect(o.meta.unknown).toEqual(['percentage']);
      const pct = ownerships.find((o) => o.properties.percentage?.[0] === '38.85');
      expect(pct).toBeDefined();
    });

    it('reads XLSX sheets with the same mapping', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('people');
      sheet.addRow(['Name', 'Nationality', 'Born']);
      sheet.addRow(['Ada Example', 'Frankreich', '03.04.1970']);
      sheet.addRow(['Bo Example', 'Italy', '1981']);
      const xlsx = join(tmp, `people-${kind.name}.xlsx`);
      await workbook.xlsx.writeFile(xlsx);
      const mapping = join(tmp, `people-${kind.name}.yml`);
      writeFileSync(
        mapping,
        [
          'entities:',
          '  person:',
          '    schema: Person',
          '    key: Name',
          '    properties:',
          '      name: {column: Name}',
          '      nationality: {column: Nationality}',
          '      birthDate: {column: Born, format: "%d.%m.%Y"}',
        ].join('\n'),
      );
      const summary = await importMappedFiles(store, [xlsx], { dataset, author: 'test', mapping });
      expect(summary.errors).toEqual([]);
      const people = [...(await exportAll(store)).values()];
      expect(
        people.map((p) => p.properties).sort((a, b) => String(a.name).localeCompare(String(b.name))),
      ).toEqual([
        { birthDate: ['1970-04-03'], name: ['Ada Example'], nationality: ['fr'] },
        { birthDate: ['1981'], name: ['Bo Example'], nationality: ['it'] },
      ]);
    });

    it('names the place of a mapping error and writes nothing', async () => {
      const mapping = join(tmp, `bad-${kind.name}.yml`);
      writeFileSync(
        mapping,
        'entities:\n  p:\n    schema: Person\n    key: Name\n    properties:\n      height_cm: {column: H}\n',
      );
      const csv = join(tmp, `bad-${kind.name}.csv`);
      writeFileSync(csv, 'Name,H\nAda,170\n');
      await expect(importMappedFiles(store, [csv], { dataset, author: 'test', mapping })).rejects.toThrow(
        /entities\.p\.properties\.height_cm: schema Person has no property "height_cm"/,
      );
      await expect(
        importMappedFiles(store, [csv], { dataset, author: 'test', mapping }),
      ).rejects.toBeInstanceOf(ImportSetupError);
      expect((await store.counts()).statements).toBe(0);
    });

    it('reports a broken row with its number and writes nothing of the import', async () => {
      const mapping = join(tmp, `rows-${kind.name}.yml`);
      writeFileSync(
        mapping,
        'entities:\n  p:\n    schema: Person\n    key: Name\n    properties:\n      name: {column: Name}\n',
      );
      const csv = join(tmp, `rows-${kind.name}.csv`);
      writeFileSync(csv, 'Name\nAda\n"Bo",extra\n');
      const summary = await importMappedFiles(store, [csv], { dataset, author: 'test', mapping });
      expect(summary.errors).toHaveLength(1);
      expect(summary.errors[0]?.line).toBe(3);
      expect((await store.counts()).entities).toBe(0);
    });
  });
}
