/**
 * The scorer of BENCHMARKS.md: names compared normalised and through aliases, predicates exact.
 */
import { describe, expect, it } from 'vitest';
import { prf, scoreExtraction } from './extraction.score.js';
import type { GoldDocument } from './extraction.types.js';

const gold: GoldDocument = {
  entities: [
    { name: 'Quillon Networks', type: 'Company', aliases: ['Quillon'] },
    { name: 'The Halvard Fund', type: 'Fund', aliases: [] },
    { name: 'Ada Brandt', type: 'Person', aliases: [] },
  ],
  relationships: [
    { subject: 'The Halvard Fund', predicate: 'owns', object: 'Quillon Networks', percentage: '60%' },
    { subject: 'Ada Brandt', predicate: 'employee_of', object: 'Quillon Networks' },
  ],
  must_not_extract: [{ subject: 'Ada Brandt', predicate: 'owns', object: 'Quillon Networks' }],
};

describe('scoreExtraction', () => {
  it('matches names through aliases and normalisation, counts relationships and traps', () => {
    const predicted: GoldDocument = {
      entities: [
        { name: 'Quillon', type: 'Company', aliases: [] },
        { name: 'Halvard Fund', type: 'Fund', aliases: [] },
        { name: 'Tessaly', type: 'Company', aliases: [] },
      ],
      relationships: [
        { subject: 'Halvard Fund', predicate: 'owns', object: 'Quillon', percentage: '60%' },
        { subject: 'Ada Brandt', predicate: 'owns', object: 'Quillon' },
      ],
    };
    const score = scoreExtraction(predicted, gold);
    expect(score.entities).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(score.missedEntities).toEqual(['Ada Brandt']);
    expect(score.relationships).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(score.byPredicate.owns).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(score.trapsViolated).toEqual([
      { subject: 'Ada Brandt', predicate: 'owns', object: 'Quillon Networks' },
    ]);
    expect(score.qualifiers).toEqual({ gold: 1, matched: 1 });
    expect(prf(score.entities).f1).toBeCloseTo(2 / 3);
  });
});
