import { describe, expect, it } from 'vitest';
import { compareEntities } from './entity.compare.js';

describe('compareEntities', () => {
  it('takes the best pair of names and explains it', () => {
    const r = compareEntities(
      { schema: 'Company', properties: { name: ['NSO Group Technologies Ltd'] } },
      {
        schema: 'Company',
        properties: { name: ['Q Cyber Technologies'], alias: ['NSO Group Technologies Limited'] },
      },
    );
    expect(r.match).toBe(true);
    expect(r.names?.b).toBe('NSO Group Technologies Limited');
    expect(r.explanation[0]).toContain('NSO Group Technologies Ltd');
  });

  it('lets an equal identifier confirm and a different LEI contradict', () => {
    const same = compareEntities(
      { schema: 'Company', properties: { name: ['Acme Holdings'], leiCode: ['529900T8BM49AURSDO55'] } },
      { schema: 'Company', properties: { name: ['ACME Holding Group'], leiCode: ['529900t8bm49aursdo55'] } },
    );
    expect(same.match).toBe(true);
    expect(same.explanation.join(' ')).toContain('identifiers agree');
    const other = compareEntities(
      { schema: 'Company', properties: { name: ['Acme Holdings'], leiCode: ['529900T8BM49AURSDO55'] } },
      { schema: 'Company', properties: { name: ['Acme Holdings'], leiCode: ['5493001KJTIIGC8Y1R12'] } },
    );
    expect(other.match).toBe(false);
    expect(other.explanation.join(' ')).toContain('leiCode differs');
  });

  it('uses structured name parts: a swapped first and last name is not the same person', () => {
    const r = compareEntities(
      { schema: 'Person', properties: { firstName: ['Friedrich'], lastName: ['Hans'] } },
      { schema: 'Person', properties: { firstName: ['Hans'], lastName: ['Friedrich'] } },
    );
    expect(r.match).toBe(false);
    expect(r.explanation.join(' ')).toContain('swapped');
  });

  it('pulls the score down for different birth years and countries', () => {
    const base = {
      schema: 'Person',
      properties: { name: ['Omri Lavie'], birthDate: ['1982-01-01'], nationality: ['il'] },
    };
    const older = compareEntities(base, {
      schema: 'Person',
      properties: { name: ['Omri Lavie'], birthDate: ['1950'], nationality: ['us'] },
    });
    expect(older.score).toBeLessThan(compareEntities(base, base).score);
    expect(older.match).toBe(false);
  });

  it('never matches a person with a company', () => {
    const r = compareEntities(
      { schema: 'Person', properties: { name: ['Intellexa'] } },
      { schema: 'Company', properties: { name: ['Intellexa'] } },
    );
    expect(r.score).toBe(0);
  });
});
