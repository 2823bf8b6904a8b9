/**
 * FtM import on real stores (SQLite and PostgreSQL) with the real FtM fixtures in /fixtures/ftm.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, toFtmJson, type DatasetId } from '@daylight/core';
import type { Store } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { importFtmFiles, ImportSetupError } from './ftm.import.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/ftm');
const FTM_FILES = [
  'opensanctions/zala.entities.ftm.jsonl',
  'opensanctions/parteispenden.entities.ftm.jsonl',
  'opensanctions/t1.entities.ftm.jsonl',
  'donations/donations.ftm.jsonl',
  'ftm_docs_intro_examples.jsonl',
];

interface RawEntity {
  id: string;
  schema: string;
  properties: Record<string, string[]>;
}

function readEntities(path: string): RawEntity[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as RawEntity);
}

/** Property values as a source states them, repeats removed (a repeated value is one fact). */
function canonical(properties: Record<string, string[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [prop, values] of Object.entries(properties))
    if (values.length > 0) out[prop] = [...new Set(values)];
  return out;
}

async function exportAll(store: Store, dataset?: DatasetId): Promise<Map<string, RawEntity>> {
  const out = new Map<string, RawEntity>();
  for await (const entity of store.iterateEntities(dataset ? { dataset } : {})) {
    const json = toFtmJson(entity, await store.getRecords(entity.id));
    out.set(json.id, { id: json.id, schema: json.schema, properties: json.properties });
  }
  return out;
}

const kinds = await storeKinds();
const tmp = mkdtempSync(join(tmpdir(), 'daylight-import-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, lines: string[]): string {
  const path = join(tmp, name);
  writeFileSync(path, `${lines.join('\n')}\n`);
  return path;
}

const good = (id: string, name: string) =>
  JSON.stringify({ id, schema: 'Company', properties: { name: [name] } });

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`FtM import on ${kind.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await kind.open();
    });
    afterEach(async () => {
      await t.dispose();
    });

    for (const name of FTM_FILES) {
      it(`round-trips ${name}: the same entities with the same property values`, async () => {
        const path = join(FIXTURES, name);
        const summary = await importFtmFiles(t.store, [path], {
          dataset: datasetId('fixture'),
          author: 'test',
        });
        expect(summary.errors).toEqual([]);
        const source = readEntities(path);
        expect(summary.entities).toBe(source.length);
        const exported = await exportAll(t.store);
        expect(exported.size).toBe(new Set(source.map((e) => e.id)).size);
        for (const entity of source) {
          const back = exported.get(entity.id);
          expect(back, entity.id).toBeDefined();
          expect(back!.schema).toBe(entity.schema);
          expect(back!.properties).toEqual(canonical(entity.properties));
        }
      });
    }

    it('keeps entity-level fields such as referents and target', async () => {
      await importFtmFiles(t.store, [join(FIXTURES, 'opensanctions/t1.entities.ftm.jsonl')], {
        dataset: datasetId('t1'),
        author: 'test',
      });
      const [first] = readEntities(join(FIXTURES, 'opensanctions/t1.entities.ftm.jsonl')) as Array<
        RawEntity & { referents: string[]; target: boolean }
      >;
      const entity = await t.store.getEntity(first!.id as never);
      const json = toFtmJson(entity, await t.store.getRecords(entity.id));
      expect(json.referents).toEqual(first!.referents);
      expect(json.target).toBe(first!.target);
    });

    it('imports the same file twice without changing anything', async () => {
      const path = join(FIXTURES, 'opensanctions/zala.entities.ftm.jsonl');
      const first = await importFtmFiles(t.store, [path], { dataset: datasetId('zala'), author: 'test' });
      const before = await t.store.counts();
      const second = await importFtmFiles(t.store, [path], { dataset: datasetId('zala'), author: 'test' });
      expect(first.inserted).toBe(first.statements);
      expect(second.inserted).toBe(0);
      expect(await t.store.counts()).toEqual(before);
    });

    it('gives the same store with small batches as with one', async () => {
      const path = join(FIXTURES, 'opensanctions/zala.entities.ftm.jsonl');
      await importFtmFiles(t.store, [path], { dataset: datasetId('zala'), author: 'test', batchSize: 7 });
      const exported = await exportAll(t.store);
      expect(exported.size).toBe(91);
      expect((await t.store.counts()).statements).toBe(
        (await importFtmFiles(t.store, [path], { dataset: datasetId('zala'), author: 'test' })).statements,
      );
    });

    it('reports a malformed line with its number and writes nothing of the file', async () => {
      const path = file('malformed.jsonl', [
        good('a', 'Alpha Ltd'),
        '{"id": "b", "schema": ',
        good('c', 'Gamma SA'),
      ]);
      const summary = await importFtmFiles(t.store, [path], { dataset: datasetId('x'), author: 'test' });
      expect(summary.errors).toHaveLength(1);
      expect(summary.errors[0]).toMatchObject({ file: path, line: 2 });
      expect(summary.errors[0]!.message).toMatch(/^line 2: invalid JSON/);
      expect(summary.files[0]!.written).toBe(false);
      expect(await t.store.counts()).toMatchObject({ entities: 0, statements: 0, sources: 0 });
    });

    it('rejects unknown schemata, unknown properties and bad values, naming line and field', async () => {
      const path = file('invalid.jsonl', [
        good('a', 'Alpha Ltd'),
        JSON.stringify({ id: 'b', schema: 'Compnay', properties: {} }),
        JSON.stringify({ id: 'c', schema: 'Company', properties: { nmae: ['Gamma'] } }),
        JSON.stringify({ id: 'd', schema: 'Person', properties: { birthDate: ['last year'] } }),
        JSON.stringify({ id: 'e', schema: 'Thing', properties: {} }),
        JSON.stringify({ schema: 'Company', properties: {} }),
        JSON.stringify({ id: 'f', schema: 'Company', properties: { name: [42] } }),
      ]);
      const summary = await importFtmFiles(t.store, [path], { dataset: datasetId('x'), author: 'test' });
      expect(summary.errors.map((e) => [e.line, e.field])).toEqual([
        [2, 'schema'],
        [3, 'properties.nmae'],
        [4, 'properties.birthDate[0]'],
        [5, 'schema'],
        [6, 'id'],
        [7, 'properties.name[0]'],
      ]);
      expect(summary.errors[0]!.message).toContain('unknown FtM schema "Compnay"');
      expect(summary.errors[1]!.message).toContain('has no property "nmae"');
      expect(await t.store.counts()).toMatchObject({ entities: 0, statements: 0 });
    });

    it('rejects one id given two incompatible schemata in a file', async () => {
      const path = file('conflict.jsonl', [
        good('a', 'Alpha Ltd'),
        JSON.stringify({ id: 'a', schema: 'Person', properties: { name: ['Alpha'] } }),
      ]);
      const summary = await importFtmFiles(t.store, [path], { dataset: datasetId('x'), author: 'test' });
      expect(summary.errors).toMatchObject([{ line: 2, field: 'schema' }]);
      expect((await t.store.counts()).statements).toBe(0);
    });

    it('rejects a conflict with what the store holds, writing nothing of that batch', async () => {
      await importFtmFiles(t.store, [file('one.jsonl', [good('a', 'Alpha Ltd')])], {
        dataset: datasetId('x'),
        author: 'test',
      });
      const path = file('two.jsonl', [
        good('b', 'Beta Ltd'),
        JSON.stringify({ id: 'a', schema: 'Person', properties: { name: ['Alpha'] } }),
      ]);
      const summary = await importFtmFiles(t.store, [path], { dataset: datasetId('y'), author: 'test' });
      expect(summary.errors).toMatchObject([{ file: path, line: 2, field: 'schema' }]);
      expect(await t.store.findEntity('b' as never)).toBeUndefined();
      expect((await t.store.getEntity('a' as never)).schema).toBe('Company');
    });

    it('flattens nested entities into entities of their own', async () => {
      const path = file('nested.jsonl', [
        JSON.stringify({
          id: 'own',
          schema: 'Ownership',
          properties: {
            owner: [{ id: 'p1', schema: 'Person', properties: { name: ['Pat Owner'] } }],
            asset: ['co'],
            percentage: ['60'],
          },
        }),
        good('co', 'Owned Co'),
      ]);
      const summary = await importFtmFiles(t.store, [path], { dataset: datasetId('x'), author: 'test' });
      expect(summary.errors).toEqual([]);
      expect((await t.store.getEntity('own' as never)).properties.owner).toEqual(['p1']);
      expect((await t.store.getEntity('p1' as never)).caption).toBe('Pat Owner');
    });

    it('refuses a missing file or a bad dataset name before writing anything', async () => {
      await expect(
        importFtmFiles(t.store, [join(tmp, 'nope.jsonl')], { dataset: datasetId('x'), author: 'test' }),
      ).rejects.toBeInstanceOf(ImportSetupError);
      await expect(
        importFtmFiles(t.store, [join(FIXTURES, 'ftm_docs_intro_examples.jsonl')], {
          dataset: datasetId('Bad Name'),
          author: 'test',
        }),
      ).rejects.toThrow(/Invalid dataset name/);
    });
  });
}
