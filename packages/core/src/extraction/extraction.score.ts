/**
 * Scoring an extraction against a hand annotation, as BENCHMARKS.md describes: an entity is found
 * when a predicted name (or alias) equals, once normalised, the gold name or one of its aliases;
 * a relationship is found when its subject and object are found that way and the predicate is
 * the same. Qualifiers (amount, date, percentage) are scored on the relationships found.
 */
import { normalizeName } from '../text/normalize.js';
import type { GoldDocument } from './extraction.types.js';

/** True positives, false positives and false negatives. */
export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of some counts. */
export interface Prf {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

/** How one document scored. */
export interface DocumentScore {
  readonly entities: Counts;
  readonly relationships: Counts;
  readonly byPredicate: Readonly<Record<string, Counts>>;
  /** `must_not_extract` entries that the prediction contains. */
  readonly trapsViolated: ReadonlyArray<{ subject: string; predicate: string; object: string }>;
  /** Qualifiers of found relationships: how many gold qualifiers, how many matched. */
  readonly qualifiers: { gold: number; matched: number };
  readonly missedEntities: readonly string[];
  readonly spuriousEntities: readonly string[];
  readonly missedRelationships: readonly string[];
  readonly spuriousRelationships: readonly string[];
}

/**
 * The normal form names are compared in: folded, no leading article, no possessive.
 * @param name - a name as written
 * @returns its comparison key
 */
export function scoreKey(name: string): string {
  return normalizeName(name.replace(/['’]s$/, '')).replace(/^the /, '');
}

/**
 * @param counts - tp, fp, fn
 * @returns precision, recall and F1 (1 when there was nothing to find and nothing was found)
 */
export function prf(counts: Counts): Prf {
  const precision = counts.tp + counts.fp === 0 ? 1 : counts.tp / (counts.tp + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? 1 : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/**
 * Scores one document.
 * @param predicted - what the extractor proposed, in the gold shape
 * @param gold - the hand annotation
 * @returns counts, per-predicate counts, traps violated and what was missed or spurious
 */
export function scoreExtraction(predicted: GoldDocument, gold: GoldDocument): DocumentScore {
  // Gold entity index: every name and alias → the gold entity.
  const goldIndex = new Map<string, number>();
  gold.entities.forEach((e, i) => {
    for (const n of [e.name, ...e.aliases]) if (!goldIndex.has(scoreKey(n))) goldIndex.set(scoreKey(n), i);
  });
  const resolveGold = (name: string): string => {
    const i = goldIndex.get(scoreKey(name));
    return i === undefined ? `?${scoreKey(name)}` : `#${i}`;
  };
  const found = new Set<number>();
  const spuriousEntities: string[] = [];
  let fp = 0;
  const predictedIndex = new Map<string, string>();
  for (const e of predicted.entities) {
    const hits = [e.name, ...e.aliases]
      .map((n) => goldIndex.get(scoreKey(n)))
      .filter((i): i is number => i !== undefined);
    const hit = hits.find((i) => !found.has(i)) ?? hits[0];
    if (hit === undefined) {
      fp++;
      spuriousEntities.push(e.name);
    } else found.add(hit);
    const id = hit === undefined ? `?${scoreKey(e.name)}` : `#${hit}`;
    for (const n of [e.name, ...e.aliases]) predictedIndex.set(scoreKey(n), id);
  }
  const missedEntities = gold.entities.filter((_, i) => !found.has(i)).map((e) => e.name);
  const entities: Counts = { tp: found.size, fp, fn: gold.entities.length - found.size };

  const resolvePredicted = (name: string): string => predictedIndex.get(scoreKey(name)) ?? resolveGold(name);
  const relKey = (s: string, p: string, o: string): string => `${s}|${p}|${o}`;
  const goldRels = new Map<string, GoldDocument['relationships'][number]>();
  for (const r of gold.relationships)
    goldRels.set(relKey(resolveGold(r.subject), r.predicate, resolveGold(r.object)), r);
  const predictedRels = new Map<string, GoldDocument['relationships'][number]>();
  for (const r of predicted.relationships)
    predictedRels.set(relKey(resolvePredicted(r.subject), r.predicate, resolvePredicted(r.object)), r);

  const byPredicate: Record<string, Counts> = {};
  const bump = (p: string, field: keyof Counts): void => {
    const c = (byPredicate[p] ??= { tp: 0, fp: 0, fn: 0 });
    c[field]++;
  };
  const relationships: Counts = { tp: 0, fp: 0, fn: 0 };
  const qualifiers = { gold: 0, matched: 0 };
  const missedRelationships: string[] = [];
  const spuriousRelationships: string[] = [];
  for (const [key, g] of goldRels) {
    const p = predictedRels.get(key);
    if (p) {
      relationships.tp++;
      bump(g.predicate, 'tp');
      for (const field of ['amount', 'date', 'percentage'] as const) {
        if (g[field] === undefined) continue;
        qualifiers.gold++;
        if (p[field] !== undefined && qualifierMatches(field, g[field], p[field])) qualifiers.matched++;
      }
    } else {
      relationships.fn++;
      bump(g.predicate, 'fn');
      missedRelationships.push(`${g.subject} ${g.predicate} ${g.object}`);
    }
  }
  for (const [key, p] of predictedRels) {
    if (goldRels.has(key)) continue;
    relationships.fp++;
    bump(p.predicate, 'fp');
    spuriousRelationships.push(`${p.subject} ${p.predicate} ${p.object}`);
  }
  const trapsViolated = (gold.must_not_extract ?? [])
    .filter((t) => predictedRels.has(relKey(resolveGold(t.subject), t.predicate, resolveGold(t.object))))
    .map((t) => ({ subject: t.subject, predicate: t.predicate, object: t.object }));
  return {
    entities,
    relationships,
    byPredicate,
    trapsViolated,
    qualifiers,
    missedEntities,
    spuriousEntities,
    missedRelationships,
    spuriousRelationships,
  };
}

function qualifierMatches(
  field: 'amount' | 'date' | 'percentage',
  gold: string | number,
  predicted: string | number,
): boolean {
  if (field === 'amount') return Number(String(gold).replace(/[^\d.]/g, '')) === Number(predicted);
  if (field === 'percentage') return String(gold).replace(/\s/g, '') === String(predicted).replace(/\s/g, '');
  // Dates: the prediction must agree with every digit group the gold date states.
  const years = String(gold).match(/\d{4}/g) ?? [];
  return years.length > 0 && years.every((y) => String(predicted).includes(y));
}
