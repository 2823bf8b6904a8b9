import { describe, expect, it } from 'vitest';
import { parseSearchParams, searchUrl } from './search.params';

describe('search params', () => {
  it('reads the query and the schema from the URL', () => {
    expect(parseSearchParams('?q=Kalashnikov&schema=Company')).toEqual({
      q: 'Kalashnikov',
      schema: 'Company',
    });
    expect(parseSearchParams('')).toEqual({ q: '', schema: null });
    expect(parseSearchParams('?q=a&schema=')).toEqual({ q: 'a', schema: null });
  });

  it('writes a URL that reads back to the same state', () => {
    const url = searchUrl({ q: '  Zala Aero & Co ', schema: 'Company' });
    expect(url).toBe('/?q=Zala+Aero+%26+Co&schema=Company');
    expect(parseSearchParams(url.slice(1))).toEqual({ q: 'Zala Aero & Co', schema: 'Company' });
  });

  it('uses the bare root for an empty search', () => {
    expect(searchUrl({ q: '   ', schema: null })).toBe('/');
  });
});
