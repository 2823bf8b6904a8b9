import { describe, expect, it } from 'vitest';
import putinVariants from '../../../../fixtures/names/nomenklatura_putin_name_variants.txt?raw';
import { compareNames, editDistance } from './name.compare.js';
import { DEFAULT_MATCH_THRESHOLD as T } from './entity.compare.js';

describe('compareNames', () => {
  it('matches spelling variants, legal-form variants and word order', () => {
    expect(compareNames('Omrie Lavie', 'Omri Lavie', 'person').score).toBeGreaterThanOrEqual(T);
    expect(compareNames('Erdoğan', 'Erdogan', 'person').score).toBe(1);
    expect(compareNames('OSY Technologies S.à r.l.', 'OSY Technologies SARL', 'org').score).toBe(1);
    expect(compareNames('NGOMA, Willy', 'Willy Ngoma', 'person').score).toBe(1);
    expect(compareNames('OOO Oboronnye Initsiativy', 'Oboronnye Initsiativy OOO', 'org').score).toBe(1);
    expect(compareNames('Fridrich Buchenberg', 'FridrichBuchenberg', 'person').score).toBeGreaterThanOrEqual(
      T,
    );
  });

  it('keeps fund vintages and sister companies apart', () => {
    const funds = compareNames('KKR Asian Fund III', 'KKR Asian Fund IV', 'org');
    expect(funds.score).toBeLessThan(T);
    expect(funds.notes.join(' ')).toContain('numbers differ');
    const sisters = compareNames('Intellexa S.A.', 'Intellexa Limited', 'org');
    expect(sisters.score).toBeLessThan(T);
    expect(sisters.notes.join(' ')).toContain('legal forms differ');
  });

  it('tells different people with one shared name apart', () => {
    expect(compareNames('Hafez Makhlouf', 'Rami Makhlouf', 'person').score).toBeLessThan(T);
    expect(compareNames('Viktor Orbach', 'Viktor Orbán', 'person').score).toBeLessThan(T);
    expect(compareNames('Hans O Friedrich', 'Hans Joachim Friedrich', 'person').score).toBeLessThan(T);
    expect(
      compareNames('SALMAN BIN MUHAMMAD AL-RAWI', 'MUHAMMAD BIN SALMAN AL-RAWI', 'person').score,
    ).toBeLessThan(T);
  });

  it('explains which parts aligned and which did not', () => {
    const c = compareNames('Olaf Schulze', 'Olaf Scholz', 'person');
    expect(c.aligned).toContainEqual(expect.objectContaining({ a: 'olaf', b: 'olaf', kind: 'exact' }));
    expect(c.aligned).toContainEqual(
      expect.objectContaining({ a: 'schulze', b: 'scholz', kind: 'phonetic' }),
    );
    const d = compareNames('Sergey Ivanov', 'Sergey Viktorovich Lavrov', 'person');
    expect(d.unmatchedA).toEqual(['ivanov']);
    expect(d.notes.join(' ')).toContain('no partner');
  });

  it('matches most spellings of one name across scripts and languages', () => {
    // nomenklatura's list of Putin's name; Latin, Cyrillic and Greek lines that spell the full name.
    const lines = putinVariants
      .split('\n')
      .filter(
        (l) =>
          /^[\p{Script=Latin}\p{Script=Cyrillic}\p{Script=Greek}\s,.-]+$/u.test(l) &&
          l.trim().split(/\s+/).length >= 2,
      );
    expect(lines.length).toBeGreaterThan(30);
    const matched = lines.filter((l) => compareNames(l, 'Vladimir Putin', 'person').score >= T);
    expect(matched.length / lines.length).toBeGreaterThan(0.75);
  });

  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('vajiralongkron', 'vajiralongkorn')).toBe(1);
    expect(editDistance('abc', 'abc')).toBe(0);
  });
});
