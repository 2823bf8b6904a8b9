/**
 * Documents on both stores: a document source with its text, proposed statements with evidence
 * that do not make entities, and the same document stored once.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId, makeStatementId, sourceId, type Source, type Statement } from '@daylight/core';
import { storeKinds, type TestStore } from '../testing/index.js';

const kinds = await storeKinds();
const NOW = '2026-02-03T04:05:06.000Z';
const TEXT = 'Quillon Networks is based in Elbonia.\n\nTessaly Systems is owned by Halvard Capital.';
const DOC: Source = {
  id: sourceId('doc-test-1'),
  kind: 'document',
  dataset: datasetId('docs'),
  title: 'Quillon annual review',
  publisher: 'The Norland Ledger',
  url: 'https://ledger.example/review',
  publishedAt: '2024-01-05',
  retrievedAt: NOW,
  fileName: 'quillon-review.pdf',
  contentHash: 'ab'.repeat(32),
};

function proposed(entity: string, prop: string, value: string, start: number, end: number): Statement {
  return {
    id: makeStatementId({ dataset: 'docs', entityId: entity, prop, value, sourceId: DOC.id }),
    entityId: entityId(entity),
    schema: 'Company',
    prop,
    propType: prop === 'id' ? 'id' : 'name',
    value,
    dataset: datasetId('docs'),
    sourceId: DOC.id,
    evidence: { start, end, quote: TEXT.slice(start, end) },
    origin: 'extract',
    status: 'proposed',
    author: 'extractor:rules',
    confidence: 0.7,
    firstSeen: NOW,
    lastSeen: NOW,
    retractedAt: null,
  };
}

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`documents on ${kind.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await kind.open();
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('stores a document with its text and pages once, and proposed statements make no entity', async () => {
      const store = t.store;
      await store.writeBatch({
        sources: [DOC],
        statements: [
          proposed('x-quillon', 'id', 'x-quillon', 0, 37),
          proposed('x-quillon', 'name', 'Quillon Networks', 0, 37),
        ],
      });
      const text = {
        sourceId: DOC.id,
        kind: 'pdf',
        language: 'en',
        text: TEXT,
        pages: [
          { page: 1, start: 0, end: 37 },
          { page: 2, start: 39, end: TEXT.length },
        ],
        createdAt: NOW,
      };
      expect(await store.saveDocumentText(text)).toBe(true);
      expect(await store.saveDocumentText({ ...text, text: 'changed' })).toBe(false);
      const found = await store.findDocument(DOC.id);
      expect(found?.source).toEqual(DOC);
      expect(found?.text).toEqual(text);
      expect(await store.findDocument(sourceId('nope'))).toBeUndefined();
      expect((await store.listDocuments({ limit: 10 })).map((s) => s.id)).toEqual([DOC.id]);
      expect(await store.listDocuments({ dataset: 'other', limit: 10 })).toEqual([]);

      // Proposed statements are kept with their evidence but build no entity until accepted.
      expect(await store.findEntity(entityId('x-quillon'))).toBeUndefined();
      const all = await store.getStatements(entityId('x-quillon'), { all: true });
      expect(all.map((s) => [s.prop, s.status, s.evidence?.quote])).toEqual([
        ['id', 'proposed', 'Quillon Networks is based in Elbonia.'],
        ['name', 'proposed', 'Quillon Networks is based in Elbonia.'],
      ]);
    });
  });
}
