/**
 * `daylight owners|holdings|investors|path` as a user runs them: real processes, a real SQLite file.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  holdingsResponseSchema,
  investorsResponseSchema,
  ownersResponseSchema,
  pathsResponseSchema,
} from '@daylight/core/api';

const BIN = join(import.meta.dirname, '../../bin/daylight.js');
const dir = mkdtempSync(join(tmpdir(), 'daylight-owners-'));
const db = join(dir, 'owners.db');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function daylight(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, '--db', db, ...args], {
    encoding: 'utf8',
    env: { ...process.env, DATABASE_URL: '', DAYLIGHT_DB: '' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A small holding structure stated the way an FtM file states it.
const WORLD = [
  { id: 'nso', schema: 'Company', properties: { name: ['NSO Example Ltd'] } },
  { id: 'osy', schema: 'Company', properties: { name: ['OSY Example SARL'] } },
  { id: 'tri', schema: 'Company', properties: { name: ['Triangle Example SA'] } },
  { id: 'fund', schema: 'Company', properties: { name: ['Example Capital Partners II LP'] } },
  { id: 'pp', schema: 'Organization', properties: { name: ['Example Public Employees Retirement Fund'] } },
  { id: 'mgr', schema: 'Person', properties: { name: ['Mike Example'] } },
  { id: 'o1', schema: 'Ownership', properties: { owner: ['osy'], asset: ['nso'], percentage: ['100%'] } },
  { id: 'o2', schema: 'Ownership', properties: { owner: ['tri'], asset: ['osy'], percentage: ['80'] } },
  {
    id: 'o3',
    schema: 'Ownership',
    properties: { owner: ['fund'], asset: ['tri'], percentage: ['50'], startDate: ['2019-02-14'] },
  },
  {
    id: 'o4',
    schema: 'Ownership',
    properties: {
      owner: ['pp'],
      asset: ['fund'],
      role: ['Limited partner'],
      sharesValue: ['25000000'],
      sharesCurrency: ['USD'],
    },
  },
  { id: 'd1', schema: 'Directorship', properties: { director: ['mgr'], organization: ['tri'] } },
];

// Each command is a fresh process that may run the sources through tsx: allow for a slow machine.
describe('daylight owners, holdings, investors, path', { timeout: 180_000 }, () => {
  beforeAll(() => {
    const file = join(dir, 'world.ftm.json');
    writeFileSync(file, WORLD.map((e) => JSON.stringify(e)).join('\n'));
    expect(daylight('import', '--format', 'ftm', file).code).toBe(0);
  }, 60_000);

  it('prints owners with compounded stakes, by name or id, as of a date', () => {
    const res = daylight('--json', 'owners', 'NSO Example Ltd');
    expect(res.stderr).toBe('');
    const body = ownersResponseSchema.parse(JSON.parse(res.stdout));
    expect(body.owners.map((o) => [o.id, o.effective_stake, o.stake_range, o.ultimate])).toEqual([
      ['osy', 1, [1, 1], false],
      ['tri', 0.8, [0.8, 0.8], false],
      ['fund', 0.4, [0.4, 0.4], false],
      ['pp', null, [0, 0.4], true],
    ]);
    expect(body.owners[3]!.paths[0]!.map((l) => l.from)).toEqual(['pp', 'fund', 'tri', 'osy']);
    const before = ownersResponseSchema.parse(
      JSON.parse(daylight('--json', 'owners', 'nso', '--as-of', '2018').stdout),
    );
    expect(before.owners.map((o) => o.id)).toEqual(['osy', 'tri']);
    const text = daylight('owners', 'nso', '--min-stake', '50');
    expect(text.stdout).toContain('80.00%  Triangle Example SA');
    expect(text.stdout).not.toContain('Retirement');
  });

  it('prints holdings, investors by type, and paths with sources', () => {
    const holdings = holdingsResponseSchema.parse(JSON.parse(daylight('--json', 'holdings', 'fund').stdout));
    expect(holdings.holdings.map((h) => [h.id, h.effective_stake])).toEqual([
      ['tri', 0.5],
      ['nso', 0.4],
      ['osy', 0.4],
    ]);
    const investors = investorsResponseSchema.parse(
      JSON.parse(daylight('--json', 'investors', 'nso').stdout),
    );
    expect(Object.fromEntries(investors.investors.map((i) => [i.id, i.type]))).toEqual({
      osy: 'company',
      tri: 'company',
      fund: 'private_equity',
      pp: 'pension_fund',
    });
    expect(daylight('investors', 'nso').stdout).toContain('committed 25000000 USD');
    const paths = pathsResponseSchema.parse(
      JSON.parse(daylight('--json', 'path', 'Mike Example', 'nso', '--k', '2').stdout),
    );
    expect(paths.paths.map((p) => p.map((l) => [l.from, l.to, l.schema]))).toEqual([
      [
        ['mgr', 'tri', 'Directorship'],
        ['tri', 'osy', 'Ownership'],
        ['osy', 'nso', 'Ownership'],
      ],
    ]);
    expect(paths.paths[0]![0]!.sources[0]!.fileName).toBe('world.ftm.json');
    expect(daylight('path', 'mgr', 'nso', '--schemas', 'Ownership').stdout).toContain('No path');
  });

  it('rejects bad options and unknown entities with exit code 1', () => {
    const badDate = daylight('owners', 'nso', '--as-of', 'last year');
    expect(badDate.code).toBe(1);
    expect(badDate.stderr).toContain('--as-of must be a date');
    const missing = daylight('holdings', 'Nobody At All');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Nobody At All');
    const badSchema = daylight('path', 'mgr', 'nso', '--schemas', 'Owns');
    expect(badSchema.code).toBe(1);
    expect(badSchema.stderr).toContain('not a relationship schema');
  });
});
