/**
 * Blocking keys for candidate retrieval: the few index entries under which an entity is found
 * without a scan. A query derives its keys the same way; entities sharing a key are candidates.
 */
import { findSchema, propertiesOf } from '../model/ftm.model.js';
import { namesOf, type MatchSubject } from './entity.compare.js';
import { nameKindOf, normalizeForMatching } from './name.normalize.js';

/** Kinds of key: a name token, a token's phonetic code, an identifier. */
export type MatchKeyKind = 't' | 'p' | 'i';

/**
 * Normalises an identifier for comparison and indexing: upper case, letters and digits only.
 * @param value - an LEI, ISIN, registration number …
 * @returns the compact form
 */
export function normalizeIdentifier(value: string): string {
  return value.toUpperCase().replace(/[^0-9A-Z]/g, '');
}

/**
 * The identifier-typed properties of a schema.
 * @param schema - a schema name
 * @returns their names (empty for an unknown schema)
 */
export function identifierProperties(schema: string): string[] {
  const s = findSchema(schema);
  if (!s) return [];
  return [...propertiesOf(s).values()].filter((p) => p.type.name === 'identifier').map((p) => p.name);
}

/**
 * The blocking keys of an entity or a query: `t:<token>` for every name token that carries
 * identity, `p:<code>` for its Double Metaphone code, `i:<identifier>` for every identifier.
 * Legal forms, titles and stop words make no keys, so "Ltd" does not block a million companies together.
 * @param subject - an entity or a query by example
 * @returns its keys, without repeats
 */
export function matchKeys(subject: MatchSubject): string[] {
  const keys = new Set<string>();
  const kind = nameKindOf(subject.schema);
  for (const name of namesOf(subject)) {
    const n = normalizeForMatching(name, kind);
    for (const t of n.tokens) {
      if (t.role === 'particle' || t.role === 'initial' || t.text.length < 2) continue;
      keys.add(`t:${t.text}`);
      if (t.phonetic.length >= 2) keys.add(`p:${t.phonetic}`);
    }
    // A name written as one word ("RamiMakhlouf") is found under its whole spelling too.
    if (n.tokens.length >= 2 && n.tokens.length <= 4) keys.add(`t:${n.tokens.map((t) => t.text).join('')}`);
  }
  for (const prop of identifierProperties(subject.schema)) {
    for (const v of subject.properties[prop] ?? []) {
      const id = normalizeIdentifier(v);
      if (id.length >= 4) keys.add(`i:${id}`);
    }
  }
  return [...keys];
}
