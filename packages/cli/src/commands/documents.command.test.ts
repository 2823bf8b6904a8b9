/**
 * `daylight extract` and `daylight ingest` as a user runs them, on the fictional fixtures.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { goldDocumentSchema } from '@daylight/core';

const BIN = join(import.meta.dirname, '../../bin/daylight.js');
const FIXTURES = join(import.meta.dirname, '../../../../fixtures/documents');
const dir = mkdtempSync(join(tmpdir(), 'daylight-documents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function daylight(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--db', join(dir, 'docs.db'), ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DAYLIGHT_DB: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('daylight extract and ingest', () => {
  it('prints a dry run in the gold shape, then stores documents once and reports bad files', () => {
    const dry = daylight('extract', join(FIXTURES, 'quillon-sale.html'), '--json');
    expect(dry.code).toBe(0);
    const shaped = goldDocumentSchema.parse(JSON.parse(dry.stdout));
    expect(shaped.relationships).toContainEqual(
      expect.objectContaining({
        subject: 'Quillon Networks',
        predicate: 'sold_to',
        object: 'Ruritania',
        qualifier: 'alleged',
      }),
    );

    const first = daylight('--json', 'ingest', FIXTURES, '--dataset', 'news');
    expect(first.code).toBe(0);
    const summary = JSON.parse(first.stdout) as { documents: Array<{ status: string }> };
    expect(summary.documents.map((d) => d.status)).toEqual(['stored', 'stored', 'stored']);
    const again = daylight(
      'ingest',
      join(FIXTURES, 'quillon-sale.txt'),
      join(dir, 'missing.pdf'),
      '--dataset',
      'news',
    );
    expect(again.code).toBe(1);
    expect(again.stdout).toContain('unchanged');
    expect(again.stderr).toContain('missing.pdf: no such file');
  }, 120_000);
});
