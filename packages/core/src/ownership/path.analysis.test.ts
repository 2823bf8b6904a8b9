import { describe, expect, it } from 'vitest';
import { entityId } from '../ids.js';
import type { EdgeRecord } from './edge.types.js';
import { kShortestPaths } from './path.analysis.js';

let n = 0;
function link(schema: string, source: string, target: string, start?: string): EdgeRecord {
  return {
    id: entityId(`${schema}-${++n}`),
    schema,
    source: entityId(source),
    target: entityId(target),
    directed: true,
    percentage: null,
    shareMin: null,
    shareMax: null,
    startDate: start ?? null,
    endDate: null,
    role: null,
    amount: null,
    currency: null,
  };
}
const walk = (p: ReadonlyArray<{ from: string; to: string }>): string =>
  [p[0]!.from, ...p.map((s) => s.to)].join('-');

describe('kShortestPaths', () => {
  const edges = [
    link('Directorship', 'flynn', 'x'),
    link('Ownership', 'x', 'nso'),
    link('Employment', 'flynn', 'y'),
    link('Ownership', 'z', 'y'),
    link('Ownership', 'z', 'nso'),
    link('Ownership', 'x', 'y'),
  ];
  it('finds the shortest path first, then longer ones, walking links both ways', () => {
    const paths = kShortestPaths(entityId('flynn'), entityId('nso'), edges, { maxLength: 4, k: 5 });
    expect(paths.map(walk)).toEqual(['flynn-x-nso', 'flynn-y-z-nso', 'flynn-y-x-nso', 'flynn-x-y-z-nso']);
    expect(paths[0]![0]!.edge.schema).toBe('Directorship');
  });
  it('keeps to the chosen schemata, the length bound and the as-of date', () => {
    const own = kShortestPaths(entityId('x'), entityId('z'), edges, {
      maxLength: 3,
      k: 3,
      schemas: ['Ownership'],
    });
    expect(own.map(walk)).toEqual(['x-nso-z', 'x-y-z']);
    expect(kShortestPaths(entityId('flynn'), entityId('nso'), edges, { maxLength: 1, k: 3 })).toEqual([]);
    const dated = [link('Ownership', 'a', 'b', '2020'), link('Ownership', 'b', 'c')];
    expect(
      kShortestPaths(entityId('a'), entityId('c'), dated, { maxLength: 3, k: 1, asOf: '2019-01-01' }),
    ).toEqual([]);
    expect(
      kShortestPaths(entityId('a'), entityId('c'), dated, { maxLength: 3, k: 1, asOf: '2021' }),
    ).toHaveLength(1);
  });
});
