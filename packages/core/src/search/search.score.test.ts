import { describe, expect, it } from 'vitest';
import { scoreNameMatch } from './search.score.js';

describe('scoreNameMatch', () => {
  it('ranks the exact name above a longer one', () => {
    const exact = scoreNameMatch('NSO Group', 'NSO Group');
    const longer = scoreNameMatch('NSO Group', 'NSO Group Technologies Ltd');
    expect(exact).toBe(1);
    expect(longer).toBeGreaterThan(0);
    expect(longer).toBeLessThan(exact);
  });
  it('matches prefixes and ignores diacritics', () => {
    expect(scoreNameMatch('soci gener', 'Société Générale')).toBeGreaterThan(0.5);
  });
  it('gives 0 when a query token is missing', () => {
    expect(scoreNameMatch('NSO Pegasus', 'NSO Group')).toBe(0);
    expect(scoreNameMatch('', 'NSO Group')).toBe(0);
  });
});
