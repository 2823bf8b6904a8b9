/**
 * The pipeline from a document file to proposed facts, on the fictional fixtures.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../documents/document.reader.js';
import { extractFromText } from './extract.pipeline.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/documents');

describe('extractFromText', () => {
  it('proposes the stated facts of an article, not the abandoned plan', async () => {
    const doc = await readDocument(join(FIXTURES, 'quillon-sale.txt'));
    const x = await extractFromText(doc.text);
    const rels = x.relationships.map((r) => `${r.subject} ${r.predicate} ${r.object}`);
    expect(rels).toContain('Halvard Capital acquired Quillon Networks');
    expect(rels).toContain('Ada Brandt employee_of Quillon Networks');
    expect(rels.filter((r) => r.startsWith('Brenna Partners'))).toEqual([]);
    for (const r of x.relationships) expect(doc.text.slice(r.span.start, r.span.end)).toBe(r.evidence);
  });

  it('extracts from HTML article text, with the hedge kept', async () => {
    const doc = await readDocument(join(FIXTURES, 'quillon-sale.html'));
    const x = await extractFromText(doc.text);
    expect(x.relationships).toContainEqual(
      expect.objectContaining({
        subject: 'Quillon Networks',
        predicate: 'sold_to',
        object: 'Ruritania',
        qualifier: 'alleged',
        date: '2022',
      }),
    );
    expect(x.relationships).toContainEqual(
      expect.objectContaining({
        subject: 'Jonas Petrov',
        predicate: 'director_of',
        object: 'Quillon Networks',
      }),
    );
  });

  it('recognises known names from the store and links them', async () => {
    const x = await extractFromText('The deal with quillon networks closed.', {
      knownNames: [{ id: 'q1', name: 'Quillon Networks', type: 'Company' }],
      nlpHints: false,
    });
    expect(x.entities).toContainEqual(expect.objectContaining({ knownId: 'q1', type: 'Company' }));
  });
});
