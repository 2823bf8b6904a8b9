/**
 * The forgiving part of search: when the full-text index finds too little (a typo, another script,
 * a legal form written differently), candidates come from the matching index (name tokens and
 * their phonetic codes, transliterated) and are ranked by core's name comparison.
 */
import type { Kysely } from 'kysely';
import { compareNames, editDistance, matchKeys, nameKindOf } from '@daylight/core';
import type { Database } from '../database.types.js';
import { blockingVotes } from './match.queries.js';

/** A fuzzy search candidate: the entity, its best name and a search score in 0..1. */
export interface FuzzyCandidate {
  readonly entity_id: string;
  readonly name: string;
  readonly score: number;
}

/** Entities whose names are compared per query. */
const COMPARED = 30;
/** Name comparison below this is not shown. */
const MIN_NAME_SCORE = 0.5;
/** Fuzzy hits rank below exact and prefix hits of the same strength. */
const FUZZY_WEIGHT = 0.9;

/** Spelling suggestions looked at per unknown word. */
const VOCABULARY = 500;

/**
 * For words of the query the index does not know (a typo, most likely), the indexed words that
 * start with the same three letters and are at most two edits away: a range scan on the key index.
 * @param db - the store's Kysely instance
 * @param keys - the query's blocking keys
 * @returns extra `t:` keys to look up
 */
async function spellingKeys(db: Kysely<Database>, keys: readonly string[]): Promise<string[]> {
  const words = keys.filter((k) => k.startsWith('t:') && k.length >= 7);
  if (words.length === 0) return [];
  const kdb = db.withTables<{ match_keys: { key: string; entity_id: string } }>();
  const known = await kdb
    .selectFrom('match_keys')
    .select('key')
    .distinct()
    .where('key', 'in', words)
    .execute();
  const knownSet = new Set(known.map((r) => r.key));
  const out: string[] = [];
  for (const key of words) {
    if (knownSet.has(key)) continue;
    const word = key.slice(2);
    const prefix = key.slice(0, 5);
    const rows = await kdb
      .selectFrom('match_keys')
      .select('key')
      .distinct()
      .where('key', '>=', prefix)
      .where('key', '<', `${prefix}\u007f`)
      .limit(VOCABULARY)
      .execute();
    for (const r of rows) {
      const candidate = r.key.slice(2);
      if (Math.abs(candidate.length - word.length) <= 2 && editDistance(candidate, word, 2) <= 2)
        out.push(r.key);
    }
  }
  return out;
}

/**
 * Candidates for a search query by fuzzy name matching.
 * @param db - the store's Kysely instance
 * @param query - what the user typed
 * @param limit - at most this many
 * @returns candidates, best first
 */
export async function fuzzySearchCandidates(
  db: Kysely<Database>,
  query: string,
  limit: number,
): Promise<FuzzyCandidate[]> {
  const keys = new Set([
    ...matchKeys({ schema: 'Person', properties: { name: [query] } }),
    ...matchKeys({ schema: 'LegalEntity', properties: { name: [query] } }),
  ]);
  for (const key of await spellingKeys(db, [...keys])) keys.add(key);
  const votes = await blockingVotes(db, [...keys]);
  const ids = [...votes.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, COMPARED)
    .map(([id]) => id);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('names as n')
    .innerJoin('entities as e', 'e.id', 'n.entity_id')
    .select(['n.entity_id', 'n.name', 'e.schema'])
    .where('n.entity_id', 'in', ids)
    .execute();
  const best = new Map<string, FuzzyCandidate>();
  for (const r of rows) {
    const comparison = compareNames(query, r.name, nameKindOf(r.schema));
    // A query that is all there in a longer name ("Kalashnikov" in "Kalashnikov Concern JSC") is a fair hit.
    const partial = comparison.unmatchedA.length === 0 && comparison.aligned.length > 0 ? 0.75 : 0;
    const score = Math.max(comparison.score, partial) * FUZZY_WEIGHT;
    if (score < MIN_NAME_SCORE * FUZZY_WEIGHT) continue;
    const current = best.get(r.entity_id);
    if (!current || score > current.score)
      best.set(r.entity_id, { entity_id: r.entity_id, name: r.name, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}
