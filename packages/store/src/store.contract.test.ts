/**
 * The storage contract: one suite, run against SQLite and PostgreSQL on real databases.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  EntityNotFoundError,
  SchemaConflictError,
  datasetId,
  entityId,
  makeStatementId,
  sourceId,
  type Source,
  type Statement,
} from '@daylight/core';
import type { Store } from './store.js';
import { storeKinds, type TestStore } from './testing/index.js';

const kinds = await storeKinds();

const NOW = '2026-01-02T03:04:05.000Z';

function st(
  entity: string,
  schema: string,
  prop: string,
  value: string,
  extra: Omit<Partial<Statement>, 'dataset'> & { dataset?: string } = {},
): Statement {
  const dataset = datasetId(extra.dataset ?? 'test');
  const source = extra.sourceId ?? null;
  return {
    id: makeStatementId({ dataset, entityId: entity, prop, value, sourceId: source }),
    entityId: entityId(entity),
    schema,
    prop,
    propType:
      prop === 'id'
        ? 'id'
        : prop === 'owner' || prop === 'asset'
          ? 'entity'
          : prop === 'name'
            ? 'name'
            : 'string',
    value,
    sourceId: source,
    evidence: null,
    origin: 'import',
    status: 'accepted',
    author: 'test',
    confidence: null,
    firstSeen: NOW,
    lastSeen: NOW,
    retractedAt: null,
    ...extra,
    dataset,
  };
}

/** A company with names, a person, and an ownership between them. */
function world(): Statement[] {
  return [
    st('acme', 'Company', 'id', 'acme'),
    st('acme', 'Company', 'name', 'Société Générale de Surveillance S.A.'),
    st('acme', 'Company', 'name', 'SGS'),
    st('acme', 'Company', 'jurisdiction', 'lu'),
    st('jane', 'Person', 'id', 'jane'),
    st('jane', 'Person', 'name', 'Jane Erdoğan'),
    st('own1', 'Ownership', 'id', 'own1'),
    st('own1', 'Ownership', 'owner', 'jane'),
    st('own1', 'Ownership', 'asset', 'acme'),
    st('own1', 'Ownership', 'percentage', '51'),
  ];
}

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`Store contract on ${kind.name}`, () => {
    let t: TestStore;
    let store: Store;
    beforeEach(async () => {
      t = await kind.open();
      store = t.store;
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('builds entities from statements, keeping value order', async () => {
      const result = await store.writeBatch({ statements: world() });
      expect(result).toEqual({ inserted: 10, existing: 0, entities: 3 });
      const acme = await store.getEntity(entityId('acme'));
      expect(acme.schema).toBe('Company');
      expect(acme.caption).toBe('Société Générale de Surveillance S.A.');
      expect(acme.properties).toEqual({
        name: ['Société Générale de Surveillance S.A.', 'SGS'],
        jurisdiction: ['lu'],
      });
      expect(acme.datasets).toEqual(['test']);
      expect(await store.counts()).toMatchObject({ entities: 3, statements: 10, datasets: 1 });
    });

    it('is idempotent: writing the same statements twice changes nothing but last_seen', async () => {
      await store.writeBatch({ statements: world() });
      const later = world().map((s) => ({ ...s, lastSeen: '2026-06-01T00:00:00.000Z' }));
      const again = await store.writeBatch({ statements: later });
      expect(again.inserted).toBe(0);
      expect(again.existing).toBe(10);
      expect((await store.counts()).statements).toBe(10);
      const acme = await store.getEntity(entityId('acme'));
      expect(acme.lastSeen).toBe('2026-06-01T00:00:00.000Z');
      expect(acme.firstSeen).toBe(NOW);
    });

    it('writes nothing of a batch that fails', async () => {
      await store.writeBatch({ statements: world() });
      const source: Source = {
        id: sourceId('src-bad'),
        kind: 'import',
        dataset: datasetId('other'),
        title: 'bad file',
        publisher: null,
        url: null,
        publishedAt: null,
        retrievedAt: NOW,
        fileName: 'bad.jsonl',
        contentHash: null,
      };
      const bad = [
        st('new1', 'Company', 'id', 'new1', { dataset: 'other', sourceId: source.id }),
        // acme is a Company; a Person statement about it cannot be reconciled.
        st('acme', 'Person', 'name', 'Not a person', { dataset: 'other', sourceId: source.id }),
      ];
      await expect(store.writeBatch({ sources: [source], statements: bad })).rejects.toBeInstanceOf(
        SchemaConflictError,
      );
      expect(await store.counts()).toMatchObject({ entities: 3, statements: 10, sources: 0, datasets: 1 });
      expect(await store.findEntity(entityId('new1'))).toBeUndefined();
    });

    it('merges schemata along the FtM hierarchy and unions datasets', async () => {
      await store.writeBatch({
        statements: [st('x', 'LegalEntity', 'id', 'x'), st('x', 'LegalEntity', 'name', 'X Holding', {})],
      });
      await store.writeBatch({
        statements: [
          st('x', 'Company', 'id', 'x', { dataset: 'reg' }),
          st('x', 'Company', 'name', 'X Holding S.à r.l.', { dataset: 'reg' }),
        ],
      });
      const x = await store.getEntity(entityId('x'));
      expect(x.schema).toBe('Company');
      expect(x.datasets).toEqual(['reg', 'test']);
      expect(x.properties.name).toEqual(['X Holding', 'X Holding S.à r.l.']);
      const onlyReg = [];
      for await (const e of store.iterateEntities({ dataset: datasetId('reg') })) onlyReg.push(e);
      expect(onlyReg.map((e) => [e.id, e.schema, e.properties.name])).toEqual([
        ['x', 'Company', ['X Holding S.à r.l.']],
      ]);
    });

    it('leaves proposed, rejected and retracted statements out of entities', async () => {
      await store.writeBatch({
        statements: [
          ...world(),
          st('acme', 'Company', 'name', 'Proposed Name', { status: 'proposed' }),
          st('acme', 'Company', 'name', 'Rejected Name', { status: 'rejected' }),
          st('acme', 'Company', 'name', 'Old Name', { retractedAt: NOW }),
        ],
      });
      const acme = await store.getEntity(entityId('acme'));
      expect(acme.properties.name).toEqual(['Société Générale de Surveillance S.A.', 'SGS']);
      expect(await store.getStatements(entityId('acme'))).toHaveLength(4);
      expect(await store.getStatements(entityId('acme'), { all: true })).toHaveLength(7);
      expect((await store.search('Proposed', { limit: 10 })).map((h) => h.id)).toEqual([]);
    });

    it('finds by id or throws, and lists what refers to an entity', async () => {
      await store.writeBatch({ statements: world() });
      await expect(store.getEntity(entityId('nope'))).rejects.toBeInstanceOf(EntityNotFoundError);
      expect(await store.findEntity(entityId('nope'))).toBeUndefined();
      const refs = await store.findReferencing(entityId('acme'), 10);
      expect(refs).toEqual([
        { id: 'own1', schema: 'Ownership', caption: 'Ownership: jane → acme', prop: 'asset' },
      ]);
      const summaries = await store.getSummaries([entityId('jane'), entityId('nope')]);
      expect([...summaries.values()]).toEqual([{ id: 'jane', schema: 'Person', caption: 'Jane Erdoğan' }]);
    });

    it('searches names folded for case and diacritics, by prefix and substring, best first', async () => {
      await store.writeBatch({
        statements: [
          ...world(),
          st('sgs2', 'Company', 'id', 'sgs2'),
          st('sgs2', 'Company', 'name', 'SGS'),
          st('org', 'Organization', 'id', 'org'),
          st('org', 'Organization', 'name', 'Generale Watch'),
        ],
      });
      const byDiacritics = await store.search('societe generale', { limit: 10 });
      expect(byDiacritics.map((h) => h.id)).toEqual(['acme']);
      expect(byDiacritics[0]?.matchedName).toBe('Société Générale de Surveillance S.A.');
      expect((await store.search('erdogan', { limit: 10 })).map((h) => h.id)).toEqual(['jane']);
      expect((await store.search('surv', { limit: 10 })).map((h) => h.id)).toEqual(['acme']);
      // exact names first; ties by caption then id
      const gen = await store.search('generale', { limit: 10 });
      expect(gen.map((h) => h.id)).toEqual(['org', 'acme']);
      // schema filter includes descendants: LegalEntity covers Company and Organization, not Person;
      // Company descends from Organization, not the other way round
      expect((await store.search('generale', { schema: 'Company', limit: 10 })).map((h) => h.id)).toEqual([
        'acme',
      ]);
      expect(
        (await store.search('generale', { schema: 'Organization', limit: 10 })).map((h) => h.id),
      ).toEqual(['org', 'acme']);
      expect(
        (await store.search('sgs', { schema: 'LegalEntity', limit: 10 })).map((h) => h.id).sort(),
      ).toEqual(['acme', 'sgs2']);
      expect((await store.search('sgs', { schema: 'Person', limit: 10 })).length).toBe(0);
      // a substring inside a word
      expect((await store.search('eneral', { limit: 10 })).map((h) => h.id).sort()).toEqual(['acme', 'org']);
      expect(await store.search('  ', { limit: 10 })).toEqual([]);
      expect((await store.findByExactName('SGS', 10)).map((e) => e.id)).toEqual(['acme', 'sgs2']);
    });

    it('keeps sources and entity records', async () => {
      const source: Source = {
        id: sourceId('doc1'),
        kind: 'document',
        dataset: datasetId('test'),
        title: 'A report',
        publisher: 'An NGO',
        url: 'https://example.org/report',
        publishedAt: '2024-05-01',
        retrievedAt: NOW,
        fileName: 'report.html',
        contentHash: 'abc',
      };
      await store.writeBatch({
        sources: [source],
        statements: [
          st('acme', 'Company', 'id', 'acme', { sourceId: source.id }),
          st('acme', 'Company', 'notes', 'Sells spyware', {
            sourceId: source.id,
            evidence: { start: 10, end: 23, quote: 'sells spyware' },
            origin: 'extract',
            confidence: 0.75,
          }),
        ],
        records: [
          { entityId: 'acme', dataset: datasetId('test'), meta: { referents: ['old-id'], target: true } },
        ],
      });
      const sources = await store.getSources([source.id, sourceId('missing')]);
      expect([...sources.values()]).toEqual([source]);
      const statements = await store.getStatements(entityId('acme'));
      expect(statements[1]).toMatchObject({
        evidence: { start: 10, end: 23, quote: 'sells spyware' },
        origin: 'extract',
        confidence: 0.75,
      });
      expect(await store.getRecords(entityId('acme'))).toEqual([
        { entityId: 'acme', dataset: 'test', meta: { referents: ['old-id'], target: true } },
      ]);
      const datasets = await store.listDatasets();
      expect(datasets).toMatchObject([{ name: 'test', visibility: 'internal', entities: 1, statements: 2 }]);
    });

    it('writes several batches as one transaction, all or nothing, with names searchable after', async () => {
      await expect(
        store.writeBatches(async (write) => {
          await write({ statements: world() });
          await write({ statements: [st('late', 'Company', 'id', 'late')] });
          throw new Error('stop');
        }),
      ).rejects.toThrow('stop');
      expect(await store.counts()).toMatchObject({ entities: 0, statements: 0 });
      expect(await store.search('sgs', { limit: 5 })).toEqual([]);

      await store.writeBatches(async (write) => {
        await write({ statements: world() });
        // the same entity again in a later batch of the same transaction: its names are rebuilt
        await write({ statements: [st('acme', 'Company', 'name', 'Acme Watchers')] });
      });
      await store.writeBatch({ statements: [st('acme', 'Company', 'alias', 'Acme Surveillance')] });
      expect((await store.search('acme watchers', { limit: 5 })).map((h) => h.id)).toEqual(['acme']);
      expect((await store.search('sgs', { limit: 5 })).map((h) => h.id)).toEqual(['acme']);
      expect((await store.search('acme surveillance', { limit: 5 })).map((h) => h.matchedName)).toEqual([
        'Acme Surveillance',
      ]);
    });

    it('serialises concurrent batches', async () => {
      const batches = Array.from({ length: 8 }, (_, i) => [
        st(`c${i}`, 'Company', 'id', `c${i}`),
        st(`c${i}`, 'Company', 'name', `Company ${i}`),
      ]);
      await Promise.all(batches.map((statements) => store.writeBatch({ statements })));
      expect((await store.counts()).entities).toBe(8);
    });

    it('streams every entity in id order', async () => {
      const statements: Statement[] = [];
      for (let i = 0; i < 1203; i++) {
        const id = `e${String(i).padStart(5, '0')}`;
        statements.push(st(id, 'Person', 'id', id), st(id, 'Person', 'name', `Person ${i}`));
      }
      await store.writeBatch({ statements });
      const ids: string[] = [];
      for await (const e of store.iterateEntities()) ids.push(e.id);
      expect(ids).toHaveLength(1203);
      expect(ids).toEqual([...ids].sort());
    });
  });
}
