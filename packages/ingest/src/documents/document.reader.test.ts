/**
 * Reading documents: headers, HTML articles (no script or style text), PDFs with pages. The
 * fixtures in fixtures/documents are fictional and were written for these tests.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DocumentReadError, readDocument } from './document.reader.js';
import { parseDocumentHeader } from './document-header.js';
import { pageAt } from './pdf.reader.js';

const FIXTURES = join(import.meta.dirname, '../../../../fixtures/documents');

describe('parseDocumentHeader', () => {
  it('reads key: value headers closed by ---', () => {
    const raw = 'title: A\npublisher: B\npublished: 2024-03-05 (approx)\n---\nBody.\n';
    const { metadata, body, bodyOffset } = parseDocumentHeader(raw);
    expect(metadata).toEqual({ title: 'A', publisher: 'B', date: '2024-03-05' });
    expect(body).toBe('Body.\n');
    expect(bodyOffset).toBe(raw.indexOf('Body.'));
  });

  it('reads URL/TITLE headers closed by a blank line, and leaves plain text alone', () => {
    const parsed = parseDocumentHeader(
      'URL: https://x.example/a\nTITLE: [title derived from URL] A story\n\nBody.',
    );
    expect(parsed.metadata).toEqual({ url: 'https://x.example/a', title: 'A story' });
    expect(parsed.body).toBe('Body.');
    expect(parseDocumentHeader('Just text: with a colon.\n').body).toBe('Just text: with a colon.\n');
  });
});

describe('readDocument', () => {
  it('reads a text file with a header and hashes its bytes', async () => {
    const doc = await readDocument(join(FIXTURES, 'quillon-sale.txt'));
    expect(doc.kind).toBe('text');
    expect(doc.metadata).toMatchObject({
      title: 'Halvard Capital buys into Quillon Networks',
      publisher: 'The Norland Ledger',
      date: '2024-03-05',
    });
    expect(doc.text.startsWith('Halvard Capital buys into Quillon Networks\n')).toBe(true);
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const again = await readDocument(join(FIXTURES, 'quillon-sale.txt'), {
      title: 'Given on the command line',
    });
    expect(again.contentHash).toBe(doc.contentHash);
    expect(again.metadata.title).toBe('Given on the command line');
  });

  it('takes the article body of an HTML page: no navigation, footer, script or style text', async () => {
    const doc = await readDocument(join(FIXTURES, 'quillon-sale.html'));
    expect(doc.kind).toBe('html');
    expect(doc.metadata).toMatchObject({
      title: 'Quillon Networks sold spyware to Ruritania',
      publisher: 'The Norland Ledger',
      date: '2024-04-02',
      url: 'https://ledger.example/quillon-ruritania',
      language: 'en',
    });
    expect(doc.text).toContain('Jonas Petrov, chief executive of Quillon Networks');
    for (const hidden of [
      'Injected Script',
      'Script Payload',
      'Inline Script',
      'Stylesheet Holdings',
      'Menu Navigation',
      'color: red',
    ]) {
      expect(doc.text).not.toContain(hidden);
    }
    // One paragraph per line.
    expect(doc.text.split('\n').some((line) => line.startsWith('Quillon Networks is based in Elbonia'))).toBe(
      true,
    );
  });

  it('reads the text layer of a PDF and keeps page numbers', async () => {
    const doc = await readDocument(join(FIXTURES, 'quillon-review.pdf'));
    expect(doc.kind).toBe('pdf');
    expect(doc.metadata).toMatchObject({ title: 'Quillon Networks annual review', date: '2024-01-05' });
    expect(doc.pages).toHaveLength(2);
    const second = doc.text.indexOf('Tessaly Systems is owned by Halvard Capital.');
    expect(second).toBeGreaterThan(0);
    expect(pageAt(doc.pages, second)).toBe(2);
    expect(pageAt(doc.pages, doc.text.indexOf('Corvid Labs'))).toBe(1);
  });

  it('says what is wrong with a missing or unsupported file', async () => {
    await expect(readDocument(join(FIXTURES, 'missing.txt'))).rejects.toThrow(/missing\.txt: no such file/);
    await expect(readDocument(join(FIXTURES, '../README.md'))).resolves.toMatchObject({ kind: 'text' });
    await expect(
      readDocument(join(FIXTURES, '../ftm/opensanctions/zala.entities.ftm.jsonl')),
    ).rejects.toBeInstanceOf(DocumentReadError);
  });
});
