import { describe, expect, it } from 'vitest';
import { entityPath, matchRoute } from './routes';

describe('routes', () => {
  it('matches the search page and entity pages', () => {
    expect(matchRoute('/')).toEqual({ name: 'search' });
    expect(matchRoute('/entities/NK-abc')).toEqual({ name: 'entity', id: 'NK-abc' });
    expect(matchRoute('/entities/NK-abc/')).toEqual({ name: 'entity', id: 'NK-abc' });
  });

  it('round-trips ids with characters that need escaping', () => {
    const id = 'addr-1 /ü?#';
    expect(matchRoute(entityPath(id))).toEqual({ name: 'entity', id });
  });

  it('reports unknown paths and malformed escapes as not found', () => {
    expect(matchRoute('/nope')).toEqual({ name: 'not-found', path: '/nope' });
    expect(matchRoute('/entities/%E0%A4%A')).toEqual({ name: 'not-found', path: '/entities/%E0%A4%A' });
  });
});
