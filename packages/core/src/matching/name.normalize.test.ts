import { describe, expect, it } from 'vitest';
import casesCsv from '../../../../fixtures/names/legal_form_normalisation_cases.csv?raw';
import { foldText, normalizeForMatching } from './name.normalize.js';

// Cases from rigour's legal-form tests (fixtures/names/README row): remove and extract.
const cases = casesCsv
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [input, operation, expected] = line.split(',');
    return { input: input!, operation: operation!, expected: expected ?? '' };
  });

describe('normalizeForMatching', () => {
  it.each(cases.filter((c) => c.operation === 'remove_legal_form'))(
    'removes the legal form of "$input"',
    (c) => {
      const n = normalizeForMatching(c.input, 'org');
      expect(n.tokens.map((t) => t.text).join(' ')).toBe(c.expected);
      expect(n.legalForms.length).toBeGreaterThan(0);
    },
  );

  it.each(cases.filter((c) => c.operation === 'extract_legal_form'))(
    'finds a legal form in "$input" only when there is one',
    (c) => {
      const n = normalizeForMatching(c.input, 'org');
      expect(n.legalForms.length > 0).toBe(c.expected !== '');
    },
  );

  it('reads the Russian long form and its abbreviation as one legal form, kept apart from the name', () => {
    const long = normalizeForMatching('общество с ограниченной ответственностью газпром', 'org');
    const short = normalizeForMatching('ООО Газпром', 'org');
    expect(long.legalForms.map((f) => f.key)).toEqual(['llc']);
    expect(short.legalForms.map((f) => f.key)).toEqual(['llc']);
    expect(long.tokens.map((t) => t.text)).toEqual(short.tokens.map((t) => t.text));
  });

  it('keeps fund vintages and series as numbers', () => {
    expect(normalizeForMatching('KKR Asian Fund III L.P.', 'org').numbers).toEqual(['3']);
    expect(normalizeForMatching('Citigroup Mortgage Loan Trust 2007-AHL1', 'org').numbers).toEqual([
      '2007',
      'ahl1',
    ]);
    expect(normalizeForMatching('Three Percenters', 'org').numbers).toEqual(['3']);
  });

  it('drops titles from people and reads digits in a person name as letters', () => {
    expect(normalizeForMatching('Dr. Rami Makhlouf', 'person').tokens.map((t) => t.text)).toEqual([
      'rami',
      'makhlouf',
    ]);
    expect(normalizeForMatching('I9or Sech1n', 'person').tokens.map((t) => t.text)).toEqual([
      'igor',
      'sechin',
    ]);
  });

  it('folds scripts, diacritics and dotted abbreviations', () => {
    expect(foldText('Erdoğan')).toBe('erdogan');
    expect(foldText('Володимир')).toBe('volodimir');
    expect(normalizeForMatching('A.B.C. Company', 'org').tokens.map((t) => t.text)).toEqual(['abc']);
  });
});
