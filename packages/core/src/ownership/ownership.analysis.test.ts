import { describe, expect, it } from 'vitest';
import { entityId, type EntityId } from '../ids.js';
import type { EdgeRecord } from './edge.types.js';
import { computeStakes, type Stake } from './ownership.analysis.js';

let n = 0;
function own(
  source: string,
  target: string,
  percentage: string | null,
  dates: { start?: string; end?: string } = {},
): EdgeRecord {
  const min = percentage === null ? null : Number(percentage) / 100;
  return {
    id: entityId(`own-${++n}`),
    schema: 'Ownership',
    source: entityId(source),
    target: entityId(target),
    directed: true,
    percentage,
    shareMin: min,
    shareMax: min,
    startDate: dates.start ?? null,
    endDate: dates.end ?? null,
    role: null,
    amount: null,
    currency: null,
  };
}
const id = (s: string): EntityId => entityId(s);
const byId = (stakes: Stake[]): Map<string, Stake> => new Map(stakes.map((s) => [s.id, s]));

describe('computeStakes upstream', () => {
  it('multiplies shares along a chain and marks the top as ultimate', () => {
    const edges = [own('B', 'A', '60'), own('C', 'B', '50'), own('P', 'C', '100')];
    const s = byId(computeStakes(id('A'), edges, { direction: 'up' }));
    expect(s.get('B')!.effective).toBeCloseTo(0.6, 12);
    expect(s.get('C')!.effective).toBeCloseTo(0.3, 12);
    expect(s.get('P')!.effective).toBeCloseTo(0.3, 12);
    expect([...s.values()].filter((x) => x.ultimate).map((x) => x.id)).toEqual(['P']);
    expect(s.get('P')!.paths).toHaveLength(1);
    expect(s.get('P')!.paths[0]!.map((e) => `${e.source}>${e.target}`)).toEqual(['P>C', 'C>B', 'B>A']);
  });

  it('sums the two paths of a diamond', () => {
    const edges = [own('B', 'A', '40'), own('C', 'A', '60'), own('D', 'B', '50'), own('D', 'C', '25')];
    const s = byId(computeStakes(id('A'), edges, { direction: 'up' }));
    expect(s.get('D')!.effective).toBeCloseTo(0.4 * 0.5 + 0.6 * 0.25, 12);
    expect(s.get('D')!.paths).toHaveLength(2);
    expect(s.get('D')!.ultimate).toBe(true);
  });

  it('solves a cross-holding exactly (A owns 30% of B, B owns 10% of A)', () => {
    const edges = [own('A', 'B', '30'), own('B', 'A', '10')];
    // Closed form: ((I − M)⁻¹ − I)[A][B] = 0.3 / (1 − 0.3·0.1)
    const ofB = byId(computeStakes(id('B'), edges, { direction: 'up' }));
    expect(ofB.get('A')!.effective).toBeCloseTo(0.3 / 0.97, 12);
    expect(ofB.has('B')).toBe(false);
    const ofA = byId(computeStakes(id('A'), edges, { direction: 'up' }));
    expect(ofA.get('B')!.effective).toBeCloseTo(0.1 / 0.97, 12);
    // With an outside owner X of A: X's stake in B goes round the loop too.
    const withX = [...edges, own('X', 'A', '50')];
    const s = byId(computeStakes(id('B'), withX, { direction: 'up' }));
    expect(s.get('X')!.effective).toBeCloseTo((0.5 * 0.3) / 0.97, 12);
    expect(s.get('X')!.ultimate).toBe(true);
    expect(s.get('A')!.ultimate).toBe(false);
  });

  it('turns unknown percentages into ranges, never a guess', () => {
    const edges = [own('B', 'A', '50'), own('C', 'B', null), own('D', 'A', '20')];
    const s = byId(computeStakes(id('A'), edges, { direction: 'up' }));
    expect(s.get('C')!.effective).toBeNull();
    expect(s.get('C')!.range![0]).toBeCloseTo(0, 12);
    expect(s.get('C')!.range![1]).toBeCloseTo(0.5, 12);
    expect(s.get('B')!.effective).toBeCloseTo(0.5, 12);
    expect(s.get('D')!.range).toEqual([0.2, 0.2]);
    const ranged: EdgeRecord = { ...own('E', 'A', '<25'), shareMin: 0, shareMax: 0.25 };
    const r = byId(computeStakes(id('A'), [ranged], { direction: 'up' }));
    expect(r.get('E')).toMatchObject({ effective: null, range: [0, 0.25] });
  });

  it('counts only links in effect on the as-of date', () => {
    const edges = [
      own('Old', 'A', '100', { end: '2018-06-30' }),
      own('New', 'A', '100', { start: '2018-07-01' }),
      own('Year', 'A', '10', { start: '2019' }),
    ];
    const at = (d: string) => computeStakes(id('A'), edges, { direction: 'up', asOf: d }).map((s) => s.id);
    expect(at('2018-01-01')).toEqual(['Old']);
    expect(at('2018-07-01')).toEqual(['New']);
    expect(at('2019-03-01')).toEqual(['New', 'Year']);
    // A month-precision date: the link that ended during June still counts, July's has not begun.
    expect(at('2018-06')).toEqual(['Old']);
  });

  it('honours depth and minimum stake', () => {
    const edges = [own('B', 'A', '60'), own('C', 'B', '50'), own('D', 'C', '10')];
    const shallow = computeStakes(id('A'), edges, { direction: 'up', depth: 2 });
    expect(shallow.map((s) => s.id)).toEqual(['B', 'C']);
    expect(shallow.find((s) => s.id === 'C')!.ultimate).toBe(false);
    const big = computeStakes(id('A'), edges, { direction: 'up', minStake: 0.25 });
    expect(big.map((s) => s.id)).toEqual(['B', 'C']);
  });

  it('ignores links that are not Ownership', () => {
    const edges: EdgeRecord[] = [{ ...own('B', 'A', '60'), schema: 'Directorship' }];
    expect(computeStakes(id('A'), edges, { direction: 'up' })).toEqual([]);
  });
});

describe('computeStakes downstream', () => {
  it('lists holdings with compounded stakes', () => {
    const edges = [own('P', 'H', '80'), own('H', 'A', '50'), own('H', 'B', '100'), own('B', 'A', '10')];
    const s = byId(computeStakes(id('P'), edges, { direction: 'down' }));
    expect(s.get('H')!.effective).toBeCloseTo(0.8, 12);
    expect(s.get('B')!.effective).toBeCloseTo(0.8, 12);
    expect(s.get('A')!.effective).toBeCloseTo(0.8 * 0.5 + 0.8 * 0.1, 12);
    expect(s.get('A')!.ultimate).toBe(true);
    expect(s.get('A')!.paths.map((p) => p.map((e) => e.target))).toEqual([
      ['H', 'A'],
      ['H', 'B', 'A'],
    ]);
  });
});
