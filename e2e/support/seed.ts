/**
 * The browser tests' data: a real FtM file imported with the real CLI, plus one statement
 * extracted from a (made-up) test document with an evidence span, written through the real store.
 */
import { datasetId, entityId, makeStatementId, sourceId, type Source, type Statement } from '@daylight/core';
import { openStore } from '@daylight/store';
import { resolve } from 'node:path';
import { run } from './processes.js';
import { CLI, ROOT } from './paths.js';

/** The imported file: OpenSanctions data about ZALA Aero and related entities (see fixtures/README.md). */
export const FIXTURE = 'fixtures/ftm/opensanctions/zala.entities.ftm.jsonl';
/** Its base name, which import citations show. */
export const FIXTURE_FILE = 'zala.entities.ftm.jsonl';

/** An entity of the fixture that the test document also speaks about, and what it says. */
export const DOCUMENT_CLAIM = {
  entityId: 'NK-nR5AXM9AVPq4pQaSPSaVam',
  caption: 'JSC Kalashnikov Concern',
  title: 'Test report',
  publisher: 'Daylight tests',
  publishedAt: '2024-05-01',
  url: 'https://example.org/daylight/test-report',
  /** The document's text; the evidence is the second sentence. */
  text:
    'This report was written for Daylight’s browser tests. ' +
    'Kalashnikov Concern <b>sells</b> drones through a subsidiary. ' +
    'Nothing in it is true.',
  quote: 'Kalashnikov Concern <b>sells</b> drones through a subsidiary.',
  /** A URL value that must never become a link. */
  unsafeUrl: 'javascript:alert(document.domain)',
} as const;

/** The dataset of the test document. */
export const TEST_DATASET = 'e2e-tests';

/**
 * Builds a SQLite store for the browser tests.
 * @param dbPath - where to create it
 */
export async function seedStore(dbPath: string): Promise<void> {
  await run(process.execPath, [
    CLI,
    '--db',
    dbPath,
    'import',
    resolve(ROOT, FIXTURE),
    '--format',
    'ftm',
    '--dataset',
    'zala',
  ]);

  const store = await openStore({ sqlitePath: dbPath });
  try {
    const dataset = datasetId(TEST_DATASET);
    await store.ensureDataset(dataset, { title: 'Browser test data', visibility: 'public' });
    const now = new Date().toISOString();
    const source: Source = {
      id: sourceId('doc-e2e-test-report'),
      kind: 'document',
      dataset,
      title: DOCUMENT_CLAIM.title,
      publisher: DOCUMENT_CLAIM.publisher,
      url: DOCUMENT_CLAIM.url,
      publishedAt: DOCUMENT_CLAIM.publishedAt,
      retrievedAt: now,
      fileName: null,
      contentHash: null,
    };
    const start = DOCUMENT_CLAIM.text.indexOf(DOCUMENT_CLAIM.quote);
    const statement = (prop: string, propType: string, value: string, withEvidence: boolean): Statement => ({
      id: makeStatementId({ dataset, entityId: DOCUMENT_CLAIM.entityId, prop, value, sourceId: source.id }),
      entityId: entityId(DOCUMENT_CLAIM.entityId),
      schema: 'Company',
      prop,
      propType,
      value,
      dataset,
      sourceId: source.id,
      evidence: withEvidence
        ? { start, end: start + DOCUMENT_CLAIM.quote.length, quote: DOCUMENT_CLAIM.quote }
        : null,
      origin: 'extract',
      status: 'accepted',
      author: 'e2e-tests',
      confidence: 0.9,
      firstSeen: now,
      lastSeen: now,
      retractedAt: null,
    });
    await store.writeBatch({
      sources: [source],
      statements: [
        statement('notes', 'text', 'Sells drones through a subsidiary.', true),
        statement('website', 'url', DOCUMENT_CLAIM.unsafeUrl, false),
      ],
    });
  } finally {
    await store.close();
  }
}
