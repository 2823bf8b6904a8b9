/**
 * Comparison of two entities (a query by example and a candidate): names, structured name
 * parts, identifiers, countries and dates, each contributing to one score and to a readable
 * explanation.
 */
import { MENTION_PROPERTIES, findSchema, propertiesOf } from '../model/ftm.model.js';
import { compareNames, type NameComparison } from './name.compare.js';
import { nameKindOf } from './name.normalize.js';

/** The default score at and above which two entities are taken to be the same. */
export const DEFAULT_MATCH_THRESHOLD = 0.7;

/** An entity to compare: a schema and FtM property values (a stored entity or a query by example). */
export interface MatchSubject {
  readonly schema: string;
  readonly properties: Readonly<Record<string, readonly string[]>>;
}

/** The outcome of comparing two entities. */
export interface EntityComparison {
  /** 0..1 */
  readonly score: number;
  /** score ≥ threshold */
  readonly match: boolean;
  /** the pair of names that compared best, with its details */
  readonly names: { readonly a: string; readonly b: string; readonly comparison: NameComparison } | undefined;
  /** human-readable reasons: what aligned, what agreed, what pulled the score down */
  readonly explanation: readonly string[];
}

/** Identifiers that name one entity only: a difference is strong evidence against. */
const UNIQUE_IDENTIFIERS = new Set([
  'leiCode',
  'isinCode',
  'wikidataId',
  'imoNumber',
  'mmsi',
  'ogrnCode',
  'innCode',
  'swiftBic',
  'permId',
  'uniqueEntityId',
  'bvdId',
  'dunsCode',
  'passportNumber',
]);
const DATE_PROPS = ['birthDate', 'incorporationDate', 'buildDate'] as const;

function values(subject: MatchSubject, prop: string): readonly string[] {
  return subject.properties[prop] ?? [];
}

const propsOfTypeCache = new Map<string, string[]>();
function propsOfType(schema: string, type: string): string[] {
  const key = `${schema}\u001f${type}`;
  let props = propsOfTypeCache.get(key);
  if (!props) {
    const s = findSchema(schema);
    props = s ? [...propertiesOf(s).values()].filter((p) => p.type.name === type).map((p) => p.name) : [];
    propsOfTypeCache.set(key, props);
  }
  return props;
}

/**
 * Every name an entity is known by: its name-typed values and, for people, the name its parts
 * spell (first, middle, father's, last).
 * @param subject - the entity
 * @returns the names, without repeats
 */
export function namesOf(subject: MatchSubject): string[] {
  const known = propsOfType(subject.schema, 'name');
  const props = known.length > 0 ? known : ['name', 'alias'];
  const names = new Set<string>();
  for (const prop of props) {
    if (prop === 'weakAlias' || MENTION_PROPERTIES.has(prop)) continue;
    for (const v of values(subject, prop)) if (v.trim() !== '') names.add(v);
  }
  const parts = ['firstName', 'secondName', 'middleName', 'fatherName', 'lastName']
    .map((p) => values(subject, p)[0])
    .filter((v): v is string => v !== undefined && v !== '');
  if (parts.length >= 2) names.add(parts.join(' '));
  return [...names];
}

function normId(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

function partAgrees(a: string, b: string): boolean {
  return compareNames(a, b, 'person').score >= DEFAULT_MATCH_THRESHOLD;
}

/**
 * Compares a query entity with a candidate.
 * @param query - what is looked for (schema and properties)
 * @param candidate - a stored entity or another query
 * @param threshold - the score at which `match` is true (default {@link DEFAULT_MATCH_THRESHOLD})
 * @returns the score, the decision and the explanation
 */
export function compareEntities(
  query: MatchSubject,
  candidate: MatchSubject,
  threshold: number = DEFAULT_MATCH_THRESHOLD,
): EntityComparison {
  const explanation: string[] = [];
  const kind = nameKindOf(
    query.schema === 'LegalEntity' || query.schema === 'Thing' ? candidate.schema : query.schema,
  );
  if (
    (query.schema === 'Person') !== (candidate.schema === 'Person') &&
    query.schema !== 'LegalEntity' &&
    candidate.schema !== 'LegalEntity' &&
    query.schema !== 'Thing'
  ) {
    explanation.push(`schemata differ: ${query.schema} vs ${candidate.schema}`);
    return { score: 0, match: false, names: undefined, explanation };
  }

  let best: EntityComparison['names'];
  for (const a of namesOf(query)) {
    for (const b of namesOf(candidate)) {
      const comparison = compareNames(a, b, kind);
      if (!best || comparison.score > best.comparison.score) best = { a, b, comparison };
    }
  }
  let score = best?.comparison.score ?? 0;
  if (best) {
    const exact = best.comparison.aligned.filter((p) => p.kind === 'exact').map((p) => p.a);
    explanation.push(
      `name "${best.a}" vs "${best.b}": ${best.comparison.score}` +
        (exact.length > 0 ? ` (same: ${exact.join(' ')})` : ''),
    );
    explanation.push(...best.comparison.notes);
  } else {
    explanation.push('no names to compare');
  }

  // Structured name parts: the same part must agree; a first name given as a last name is a swap.
  if (kind === 'person') {
    const first = (s: MatchSubject): string | undefined => values(s, 'firstName')[0];
    const last = (s: MatchSubject): string | undefined => values(s, 'lastName')[0];
    const middle = (s: MatchSubject): string | undefined =>
      values(s, 'middleName')[0] ?? values(s, 'fatherName')[0];
    const [fa, fb, la, lb] = [first(query), first(candidate), last(query), last(candidate)];
    if (fa && fb && la && lb && !partAgrees(fa, fb) && partAgrees(fa, lb) && partAgrees(la, fb)) {
      score *= 0.5;
      explanation.push(`first and last names are swapped: ${fa} ${la} vs ${fb} ${lb}`);
    } else {
      for (const [label, a, b] of [
        ['first names', fa, fb],
        ['last names', la, lb],
        ['middle or patronymic names', middle(query), middle(candidate)],
      ] as const) {
        if (a && b && !partAgrees(a, b)) {
          score *= 0.6;
          explanation.push(`${label} differ: ${a} vs ${b}`);
        }
      }
    }
  }

  // Identifiers: the same value is strong evidence for; a different value of a unique kind, against.
  const idProps = new Set([
    ...propsOfType(query.schema, 'identifier'),
    ...propsOfType(candidate.schema, 'identifier'),
  ]);
  const allIds = (s: MatchSubject): Set<string> =>
    new Set([...idProps].flatMap((p) => values(s, p).map(normId)).filter((v) => v.length >= 4));
  const idsB = allIds(candidate);
  const shared = [...allIds(query)].filter((v) => idsB.has(v));
  if (shared.length > 0) {
    score = 1 - (1 - score) * 0.2;
    explanation.push(`identifiers agree: ${shared.join(', ')}`);
  } else {
    for (const prop of idProps) {
      if (!UNIQUE_IDENTIFIERS.has(prop)) continue;
      const a = values(query, prop).map(normId);
      const b = values(candidate, prop).map(normId);
      if (a.length > 0 && b.length > 0) {
        score *= 0.3;
        explanation.push(`${prop} differs: ${a.join(', ')} vs ${b.join(', ')}`);
      }
    }
  }

  // Countries: disjoint sets pull down (people and companies move, so only a little).
  const countryProps = new Set([
    ...propsOfType(query.schema, 'country'),
    ...propsOfType(candidate.schema, 'country'),
  ]);
  const countries = (s: MatchSubject): Set<string> =>
    new Set([...countryProps].flatMap((p) => values(s, p).map((v) => v.toLowerCase())));
  const ca = countries(query);
  const cb = countries(candidate);
  if (ca.size > 0 && cb.size > 0) {
    const common = [...ca].filter((c) => cb.has(c));
    if (common.length > 0) explanation.push(`countries agree: ${common.join(', ')}`);
    else {
      score *= 0.8;
      explanation.push(`countries differ: ${[...ca].join(', ')} vs ${[...cb].join(', ')}`);
    }
  }

  // Dates of birth and incorporation: the same day confirms; years far apart contradict.
  for (const prop of DATE_PROPS) {
    const a = values(query, prop);
    const b = values(candidate, prop);
    if (a.length === 0 || b.length === 0) continue;
    if (a.some((x) => b.some((y) => x.startsWith(y) || y.startsWith(x)))) {
      score = Math.min(1, score + 0.05);
      explanation.push(`${prop} agrees: ${a.join(', ')}`);
    } else {
      const years = (list: readonly string[]): number[] =>
        list.map((v) => Number.parseInt(v.slice(0, 4), 10));
      const near = years(a).some((x) => years(b).some((y) => Math.abs(x - y) <= 1));
      score *= near ? 0.85 : 0.5;
      explanation.push(`${prop} differs: ${a.join(', ')} vs ${b.join(', ')}`);
    }
  }

  score = round(Math.max(0, Math.min(1, score)));
  return { score, match: score >= threshold, names: best, explanation };
}
