import { describe, expect, it } from 'vitest';
import { countryCode } from './country.lookup.js';

describe('countryCode', () => {
  it('reads codes and names in several languages', () => {
    expect(countryCode('DE')).toBe('de');
    expect(countryCode('Deutschland')).toBe('de');
    expect(countryCode('Zypern')).toBe('cy');
    expect(countryCode('Luxemburg')).toBe('lu');
    expect(countryCode('Royaume-Uni')).toBe('gb');
    expect(countryCode('Großbritannien')).toBe('gb');
    expect(countryCode('  germany ')).toBe('de');
  });
  it('does not guess at misspellings', () => {
    expect(countryCode('Niedlerlande')).toBeUndefined();
    expect(countryCode('Atlantis')).toBeUndefined();
  });
});
