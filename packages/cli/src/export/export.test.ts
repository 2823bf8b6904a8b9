/**
 * Exports on real stores (SQLite and PostgreSQL): BODS 0.4 validated against the published
 * JSON schema and compared with the imported examples, GEXF and GraphML parsed with a real XML
 * parser, the CSV zip unpacked, the statement CSV read back, and neighbourhood exports.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId } from '@daylight/core';
import { importBodsFiles, importMappedFiles } from '@daylight/ingest';
import type { Store } from '@daylight/store';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { exportBods } from './bods.export.js';
import { exportCsvZip, exportStatementsCsv } from './csv.export.js';
import { exportGraph } from './graph.export.js';
import { openOutput } from './output.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures');
const BODS04 = join(FIXTURES, 'bods/v0.4.0');
const KEK = join(FIXTURES, 'ownership/kek');
const tmp = mkdtempSync(join(tmpdir(), 'daylight-export-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const dataset = datasetId('exp');

/** A schema file; its `urn:` ids (which ajv's URI library cannot serialise) become URLs. */
function schemaFile(name: string): object {
  const text = readFileSync(join(BODS04, 'schema', name), 'utf8').replaceAll(
    '"urn:',
    '"https://bods.invalid/',
  );
  return JSON.parse(text) as object;
}

function bodsValidator(): (data: unknown) => string[] {
  const ajv = new Ajv2020.default({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const f of [
    'components.json',
    'entity-record.json',
    'person-record.json',
    'relationship-record.json',
  ]) {
    ajv.addSchema(schemaFile(f));
  }
  const validate = ajv.compile(schemaFile('statement.json'));
  return (data) =>
    validate(data) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

interface BodsLike {
  recordId: string;
  recordType: string;
  recordDetails: {
    subject?: unknown;
    interestedParty?: unknown;
    interests?: Array<{
      type?: string;
      share?: Record<string, number>;
      startDate?: string;
      endDate?: string;
    }>;
  };
}

/** Interests as comparable strings: party → subject, type, share and dates. */
function interests(statements: readonly BodsLike[]): Set<string> {
  const out = new Set<string>();
  for (const s of statements) {
    if (s.recordType !== 'relationship') continue;
    const d = s.recordDetails;
    if (typeof d.subject !== 'string' || typeof d.interestedParty !== 'string') continue;
    for (const i of d.interests ?? []) {
      // An interest that gives no type is an unknown interest (BODS' own code for it).
      const type = i.type ?? 'unknownInterest';
      out.add(
        JSON.stringify([
          d.interestedParty,
          d.subject,
          type,
          i.share ?? null,
          i.startDate ?? null,
          i.endDate ?? null,
        ]),
      );
    }
  }
  return out;
}

async function run<T>(
  work: (out: ReturnType<typeof openOutput>) => Promise<T>,
  name: string,
): Promise<{ result: T; path: string }> {
  const path = join(tmp, name);
  const out = openOutput(path);
  const result = await work(out);
  await out.finish();
  return { result, path };
}

const kinds = await storeKinds();

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`Exports on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('round-trips every BODS 0.4 example: valid 0.4, every person, entity and interest kept', async () => {
      const validate = bodsValidator();
      const examples = readdirSync(join(BODS04, 'examples')).filter((f) => f.endsWith('.json'));
      expect(examples.length).toBeGreaterThan(10);
      for (const name of examples) {
        const t2 = await kind.open();
        try {
          const file = join(BODS04, 'examples', name);
          const summary = await importBodsFiles(t2.store, [file], { dataset, author: 'test' });
          expect(summary.errors, name).toEqual([]);
          const { path } = await run((out) => exportBods(t2.store, out, {}), `${kind.name}-${name}`);
          const exported = JSON.parse(readFileSync(path, 'utf8')) as BodsLike[];
          expect(validate(exported), name).toEqual([]);
          // The latest statement of each record is its current state (updates replace earlier ones).
          const latest = new Map<string, BodsLike>();
          for (const s of JSON.parse(readFileSync(file, 'utf8')) as BodsLike[]) latest.set(s.recordId, s);
          const original = [...latest.values()];
          const ids = new Set(exported.map((s) => s.recordId));
          for (const s of original)
            if (s.recordType !== 'relationship')
              expect(ids.has(s.recordId), `${name} ${s.recordId}`).toBe(true);
          const mine = interests(exported);
          for (const i of interests(original)) expect(mine.has(i), `${name}: ${i}`).toBe(true);
        } finally {
          await t2.dispose();
        }
      }
    });

    it('writes GEXF and GraphML that an XML parser reads, with percentages on the edges', async () => {
      const kek = await importMappedFiles(store, [join(KEK, 'company.csv'), join(KEK, 'shares.csv')], {
        dataset,
        author: 'test',
        mapping: join(KEK, 'kek.mapping.yml'),
      });
      expect(kek.errors).toEqual([]);
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' });
      const gexf = await run((out) => exportGraph(store, out, 'gexf', {}), `${kind.name}.gexf`);
      expect(gexf.result.edges).toBe(2904);
      const g = parser.parse(readFileSync(gexf.path, 'utf8')) as {
        gexf: {
          graph: {
            nodes: { node: Array<Record<string, unknown>> };
            edges: { edge: Array<Record<string, unknown>> };
          };
        };
      };
      const nodes = g.gexf.graph.nodes.node;
      const edges = g.gexf.graph.edges.edge;
      expect(edges).toHaveLength(2904);
      const nodeIds = new Set(nodes.map((n) => n['@id']));
      for (const e of edges) {
        expect(nodeIds.has(e['@source'])).toBe(true);
        expect(nodeIds.has(e['@target'])).toBe(true);
      }
      const withPct = edges.filter((e) => JSON.stringify(e).includes('"@value":"38.85"'));
      expect(withPct.length).toBeGreaterThan(0);
      const graphml = await run((out) => exportGraph(store, out, 'graphml', {}), `${kind.name}.graphml`);
      const gm = parser.parse(readFileSync(graphml.path, 'utf8')) as {
        graphml: {
          key: unknown[];
          graph: {
            node: Array<{ '@id': string; data: Array<{ '#text'?: string; '@key': string }> }>;
            edge: unknown[];
          };
        };
      };
      expect(gm.graphml.graph.edge).toHaveLength(2904);
      expect(gm.graphml.graph.node.length).toBe(nodes.length);
      const company = gm.graphml.graph.node.find((n) =>
        n.data.some((d) => d['@key'] === 'n_schema' && d['#text'] === 'Company'),
      );
      expect(company).toBeDefined();
    });

    it('zips one CSV per schema and writes the statement table', async () => {
      await importMappedFiles(store, [join(KEK, 'company.csv'), join(KEK, 'shares.csv')], {
        dataset,
        author: 'test',
        mapping: join(KEK, 'kek.mapping.yml'),
      });
      const zip = await run((out) => exportCsvZip(store, out, {}), `${kind.name}.zip`);
      const files = unzipSync(readFileSync(zip.path));
      expect(Object.keys(files).sort()).toEqual(['Company.csv', 'Ownership.csv']);
      const ownership = Papa.parse<Record<string, string>>(
        strFromU8(files['Ownership.csv'] ?? new Uint8Array()),
        {
          header: true,
          skipEmptyLines: true,
        },
      );
      expect(ownership.data).toHaveLength(2904);
      expect(ownership.data.filter((r) => r.percentage === '')).toHaveLength(47);
      const statements = await run(
        (out) => exportStatementsCsv(store, out, {}),
        `${kind.name}.statements.csv`,
      );
      const table = Papa.parse<Record<string, string>>(readFileSync(statements.path, 'utf8'), {
        header: true,
        skipEmptyLines: true,
      });
      expect(table.meta.fields).toEqual([
        'id',
        'entity_id',
        'canonical_id',
        'prop',
        'prop_type',
        'schema',
        'value',
        'dataset',
        'lang',
        'original_value',
        'external',
        'first_seen',
        'last_seen',
      ]);
      expect(table.data).toHaveLength(statements.result);
      expect((await store.counts()).statements).toBe(statements.result);
    });

    it('exports one entity and its neighbourhood to a given depth', async () => {
      await importBodsFiles(store, [join(BODS04, 'examples/indirect-ownership.json')], {
        dataset,
        author: 'test',
      });
      const none = await run(
        (out) => exportGraph(store, out, 'graphml', { entity: entityId('c25d4d612c2c'), depth: 0 }),
        `${kind.name}-d0.graphml`,
      );
      expect(none.result).toEqual({ nodes: 1, edges: 0 });
      const one = await run(
        (out) => exportGraph(store, out, 'graphml', { entity: entityId('c25d4d612c2c'), depth: 1 }),
        `${kind.name}-d1.graphml`,
      );
      const all = await run((out) => exportGraph(store, out, 'graphml', {}), `${kind.name}-all.graphml`);
      // Person 1 holds Company B directly and Company A indirectly; B's holding in A is one step further.
      expect(one.result.edges).toBe(2);
      expect(all.result.edges).toBe(3);
      const deep = await run(
        (out) => exportGraph(store, out, 'graphml', { entity: entityId('c25d4d612c2c'), depth: 5 }),
        `${kind.name}-d5.graphml`,
      );
      expect(deep.result.nodes).toBe(all.result.nodes);
    });
  });
}
