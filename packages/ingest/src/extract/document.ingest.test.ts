/**
 * Ingesting the fictional document fixtures into real stores (SQLite and PostgreSQL).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { datasetId, entityId, makeStatementId, proposedEntityId } from '@daylight/core';
import { storeKinds, type TestStore } from '@daylight/store/testing';
import { ingestDocuments } from './document.ingest.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/documents');
const kinds = await storeKinds();
const scratch = mkdtempSync(join(tmpdir(), 'daylight-ingest-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

for (const kind of kinds) {
  describe.skipIf(!kind.available)(`ingestDocuments on ${kind.name}`, () => {
    let t: TestStore;
    beforeEach(async () => {
      t = await kind.open();
    });
    afterEach(async () => {
      await t.dispose();
    });

    it('stores each document once with its text and proposes statements with evidence', async () => {
      const options = { dataset: datasetId('news'), nlpHints: false, now: '2026-03-01T00:00:00.000Z' };
      const first = await ingestDocuments(t.store, [FIXTURES], options);
      expect(first.map((r) => [r.file.split('/').pop(), r.status])).toEqual([
        ['quillon-review.pdf', 'stored'],
        ['quillon-sale.html', 'stored'],
        ['quillon-sale.txt', 'stored'],
      ]);
      const again = await ingestDocuments(t.store, [join(FIXTURES, 'quillon-sale.txt')], options);
      expect(again[0]?.status).toBe('unchanged');

      const sale = first[2];
      if (!sale || sale.status === 'error') throw new Error('quillon-sale.txt was not stored');
      const stored = await t.store.findDocument(sale.documentId);
      expect(stored?.source).toMatchObject({
        kind: 'document',
        title: 'Halvard Capital buys into Quillon Networks',
        publisher: 'The Norland Ledger',
      });
      const pdf = first[0];
      if (!pdf || pdf.status === 'error') throw new Error('the PDF was not stored');
      expect((await t.store.findDocument(pdf.documentId))?.text.pages).toHaveLength(2);

      // Nothing proposed is an entity yet; the statements carry evidence into the stored texts,
      // and a name met in two documents is one candidate with evidence from both.
      expect((await t.store.counts()).entities).toBe(0);
      const halvard = await t.store.getStatements(proposedEntityId('news', 'Company', 'Halvard Capital'), {
        all: true,
      });
      expect(new Set(halvard.map((s) => s.sourceId))).toEqual(new Set([sale.documentId, pdf.documentId]));
      for (const s of halvard) {
        expect(s).toMatchObject({ status: 'proposed', origin: 'extract', author: 'extractor:rules' });
        const text = s.sourceId ? ((await t.store.findDocument(s.sourceId))?.text.text ?? '') : '';
        expect(text.slice(s.evidence?.start, s.evidence?.end)).toBe(s.evidence?.quote);
      }
    });

    it('recognises names already in the store and proposes onto those entities', async () => {
      const now = '2026-03-01T00:00:00.000Z';
      const known = entityId('co-halvard');
      const base = {
        schema: 'Company',
        dataset: datasetId('registry'),
        sourceId: null,
        evidence: null,
        origin: 'import' as const,
        status: 'accepted' as const,
        author: 'test',
        confidence: null,
        firstSeen: now,
        lastSeen: now,
        retractedAt: null,
      };
      await t.store.writeBatch({
        statements: [
          {
            ...base,
            id: makeStatementId({
              dataset: 'registry',
              entityId: known,
              prop: 'id',
              value: known,
              sourceId: null,
            }),
            entityId: known,
            prop: 'id',
            propType: 'id',
            value: known,
          },
          {
            ...base,
            id: makeStatementId({
              dataset: 'registry',
              entityId: known,
              prop: 'name',
              value: 'Halvard Capital',
              sourceId: null,
            }),
            entityId: known,
            prop: 'name',
            propType: 'name',
            value: 'Halvard Capital',
          },
        ],
      });
      const [result] = await ingestDocuments(t.store, [join(FIXTURES, 'quillon-sale.txt')], {
        dataset: datasetId('news'),
        nlpHints: false,
      });
      expect(result).toMatchObject({ status: 'stored', linked: 1 });
      const onKnown = await t.store.getStatements(known, { all: true });
      expect(
        onKnown
          .filter((s) => s.status === 'proposed')
          .map((s) => s.prop)
          .sort(),
      ).toEqual(['id', 'name']);
      expect((await t.store.getEntity(known)).caption).toBe('Halvard Capital');
    });

    it('reports a file it cannot read and writes nothing for it', async () => {
      const bad = join(scratch, 'notes.docx');
      writeFileSync(bad, 'not a document ingest reads');
      const results = await ingestDocuments(t.store, [bad], { dataset: datasetId('news'), nlpHints: false });
      expect(results).toEqual([
        {
          file: bad,
          status: 'error',
          error: {
            id: 'document_unreadable',
            message: expect.stringContaining('unsupported file type ".docx"') as unknown,
          },
        },
      ]);
      expect((await t.store.counts()).statements).toBe(0);
    });
  });
}
