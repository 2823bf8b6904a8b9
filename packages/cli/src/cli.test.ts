/**
 * The `daylight` binary as a user runs it: real processes, a real SQLite file, real fixture files.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../bin/daylight.js');
const ZALA = join(import.meta.dirname, '../../../fixtures/ftm/opensanctions/zala.entities.ftm.jsonl');
const dir = mkdtempSync(join(tmpdir(), 'daylight-cli-'));
const db = join(dir, 'cli.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function daylight(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DAYLIGHT_DB: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('daylight CLI', () => {
  it('imports an FtM file, prints a JSON summary, and exports the same entities', () => {
    const imported = daylight('--json', 'import', ZALA, '--format', 'ftm', '--dataset', 'zala');
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const summary = JSON.parse(imported.stdout) as {
      entities: number;
      statements: number;
      errors: unknown[];
    };
    expect(summary).toMatchObject({ entities: 91, errors: [] });
    expect(summary.statements).toBeGreaterThan(91);

    const out = join(dir, 'export.jsonl');
    const exported = daylight('export', '--format', 'ftm', '--dataset', 'zala', '--out', out);
    expect(exported.code).toBe(0);
    const ids = readFileSync(out, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id)
      .sort();
    const sourceIds = readFileSync(ZALA, 'utf8')
      .trim()
      .split('\n')
      .map((l) => (JSON.parse(l) as { id: string }).id)
      .sort();
    expect(ids).toEqual(sourceIds);
  });

  it('searches and shows an entity by name with the source of each value', () => {
    const search = daylight('--json', 'search', 'osetrova', '--schema', 'Person');
    expect(search.code).toBe(0);
    const body = JSON.parse(search.stdout) as { results: Array<{ id: string; schema: string }> };
    expect(body.results[0]).toMatchObject({ id: 'NK-2Tbri3s6GgNtAwsSXh4qpL', schema: 'Person' });

    const show = daylight('show', 'Maria Aleksandrovna Osetrova');
    expect(show.code).toBe(0);
    expect(show.stdout).toContain('NK-2Tbri3s6GgNtAwsSXh4qpL');
    expect(show.stdout).toContain('Birth date:');
    expect(show.stdout).toContain('← zala.entities.ftm.jsonl');
  });

  it('fails with exit 1 and lists candidates for an ambiguous name', () => {
    const bad = join(dir, 'twins.jsonl');
    writeFileSync(
      bad,
      ['t1', 't2']
        .map((id) => JSON.stringify({ id, schema: 'Company', properties: { name: ['Twin Holdings'] } }))
        .join('\n'),
    );
    expect(daylight('import', bad, '--format', 'ftm', '--dataset', 'twins').code).toBe(0);
    const show = daylight('show', 'twin holdings');
    expect(show.code).toBe(1);
    expect(show.stderr).toContain('matches 2 entities');
    expect(show.stderr).toContain('t1');
    expect(show.stderr).toContain('t2');
  });

  it('reports a malformed file by line, writes nothing, and exits 1', () => {
    const bad = join(dir, 'bad.jsonl');
    writeFileSync(bad, `${JSON.stringify({ id: 'ok1', schema: 'Company', properties: {} })}\n{broken\n`);
    const result = daylight('--json', 'import', bad, '--format', 'ftm', '--dataset', 'bad');
    expect(result.code).toBe(1);
    const summary = JSON.parse(result.stdout) as {
      errors: Array<{ file: string; line: number; message: string }>;
    };
    expect(summary.errors).toEqual([expect.objectContaining({ file: bad, line: 2 })]);
    expect(result.stderr).toContain('nothing was written');
    expect(daylight('show', 'ok1').code).toBe(1);
  });

  it('refuses wrong flags and unknown entities with exit 1 and a message', () => {
    const format = daylight('import', ZALA, '--format', 'xml');
    expect(format.code).toBe(1);
    expect(format.stderr).toContain('"xml" is not supported');
    const limit = daylight('search', 'x', '--limit', 'many');
    expect(limit.code).toBe(1);
    expect(limit.stderr).toContain('--limit must be a whole number');
    const missing = daylight('show', 'no-such-entity-anywhere');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('No entity');
    const unknown = daylight('frobnicate');
    expect(unknown.code).toBe(1);
  });
});
