/**
 * Test support for the edge index and analyses: FtM entities (as plain objects) turned into a
 * write batch with one import source, so tests state their graphs the way files do.
 */
import { datasetId, parseFtmEntity, sourceId, type Source, type Statement } from '@daylight/core';
import type { WriteBatch } from '../store.js';

/** The source every test statement cites. */
export const TEST_SOURCE: Source = {
  id: sourceId('src-test-registry'),
  kind: 'import',
  dataset: datasetId('test'),
  title: 'Test registry extract',
  publisher: 'Daylight tests',
  url: null,
  publishedAt: null,
  retrievedAt: '2026-01-01T00:00:00.000Z',
  fileName: 'registry.ftm.json',
  contentHash: null,
};

/** An FtM entity as a file holds it. */
export interface FtmObject {
  readonly id: string;
  readonly schema: string;
  readonly properties: Record<string, string[]>;
}

/**
 * @param entities - FtM entities
 * @returns a batch citing `TEST_SOURCE`
 * @throws Error when an entity does not fit the FtM model (a broken test, not data)
 */
export function ftmBatch(entities: readonly FtmObject[]): WriteBatch {
  const statements: Statement[] = [];
  for (const raw of entities) {
    const parsed = parseFtmEntity(raw, {
      dataset: TEST_SOURCE.dataset,
      sourceId: TEST_SOURCE.id,
      author: 'test',
      now: '2026-01-01T00:00:00.000Z',
    });
    if (!parsed.ok) throw new Error(`bad test entity ${raw.id}: ${JSON.stringify(parsed.problems)}`);
    statements.push(...parsed.statements);
  }
  return { sources: [TEST_SOURCE], statements };
}

/**
 * @param id - entity id
 * @param name - its name
 * @param schema - its schema (Company by default)
 * @param extra - more properties
 * @returns an FtM party
 */
export function party(
  id: string,
  name: string,
  schema = 'Company',
  extra: Record<string, string[]> = {},
): FtmObject {
  return { id, schema, properties: { name: [name], ...extra } };
}

/**
 * @param id - entity id
 * @param owner - owner id
 * @param asset - asset id
 * @param percentage - stated percentage, or null for none
 * @param extra - more properties (dates, role …)
 * @returns an FtM Ownership
 */
export function ownership(
  id: string,
  owner: string,
  asset: string,
  percentage: string | null,
  extra: Record<string, string[]> = {},
): FtmObject {
  return {
    id,
    schema: 'Ownership',
    properties: {
      owner: [owner],
      asset: [asset],
      ...(percentage === null ? {} : { percentage: [percentage] }),
      ...extra,
    },
  };
}
