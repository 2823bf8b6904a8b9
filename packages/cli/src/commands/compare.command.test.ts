/**
 * `daylight compare` as a user runs it: one pair, a CSV of pairs, JSON lines, bad rows.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from './compare.command.js';

const BIN = join(import.meta.dirname, '../../bin/daylight.js');
const dir = mkdtempSync(join(tmpdir(), 'daylight-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function daylight(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--db', join(dir, 'unused.db'), ...args], {
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('daylight compare', () => {
  it('scores one pair and explains why sister companies do not match', () => {
    const r = daylight('compare', 'Intellexa S.A.', 'Intellexa Limited', '--schema', 'Company');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('no match');
    expect(r.stdout).toContain('legal forms differ');
  });

  it('reads a CSV of pairs and prints one JSON object per pair, reporting bad rows with their line', () => {
    const file = join(dir, 'pairs.csv');
    writeFileSync(
      file,
      'name_a,name_b,schema\n"Erdoğan, Recep Tayyip",Recep Tayyip Erdogan,Person\nKKR Asian Fund III,KKR Asian Fund IV,Company\n,Nobody,Person\n',
    );
    const r = daylight('--json', 'compare', '--pairs', file);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('pairs.csv:4: name_a is empty');
    const lines = r.stdout
      .trim()
      .split('\n')
      .map(
        (l) =>
          JSON.parse(l) as {
            name_a: string;
            schema: string;
            match: boolean;
            score: number;
            explanation: string[];
          },
      );
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ name_a: 'Erdoğan, Recep Tayyip', schema: 'Person', match: true });
    expect(lines[1]).toMatchObject({ match: false });
    expect(lines[1]!.explanation.join(' ')).toContain('numbers differ');
  });

  it('refuses an unknown schema', () => {
    const r = daylight('compare', 'a', 'b', '--schema', 'Firm');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('unknown FtM schema "Firm"');
  });
});

describe('parseCsv', () => {
  it('handles quotes, doubled quotes, commas and newlines inside fields', () => {
    expect(parseCsv('a,b\r\n"x, ""y""","multi\nline"\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'multi\nline'] },
    ]);
  });
});
