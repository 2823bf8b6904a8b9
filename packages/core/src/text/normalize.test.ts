import { describe, expect, it } from 'vitest';
import { nameTokens, normalizeName } from './normalize.js';

describe('normalizeName', () => {
  it('folds diacritics, case and punctuation', () => {
    expect(normalizeName('Société  Générale S.A.')).toBe('societe generale s a');
    expect(normalizeName('Erdoğan')).toBe('erdogan');
    expect(normalizeName('Straße Łódź')).toBe('strasse lodz');
  });
  it('keeps letters of other scripts', () => {
    expect(normalizeName('Мария Осетрова')).toBe('мария осетрова');
  });
  it('gives no tokens for punctuation only', () => {
    expect(nameTokens(' -- ')).toEqual([]);
    expect(nameTokens('N.S.O. Group')).toEqual(['n', 's', 'o', 'group']);
  });
});
