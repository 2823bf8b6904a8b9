/**
 * A second opinion on which names are people, from compromise's English lexicon (first names,
 * honorifics). Offline: compromise ships its lexicon in the package.
 */
import nlp from 'compromise';

/**
 * @param text - a document's text
 * @returns the person names compromise finds, as written
 */
export function personHints(text: string): string[] {
  const found = nlp(text).people().out('array') as unknown;
  if (!Array.isArray(found)) return [];
  return [
    ...new Set(
      found.filter((x): x is string => typeof x === 'string').map((s) => s.replace(/[.,;:'’]+$/u, '').trim()),
    ),
  ].filter((s) => s.includes(' '));
}
