/**
 * The extraction pipeline: a read document → the extractor (rules by default) with the store's
 * known names and NLP person hints → proposed entities and relationships.
 */
import { RuleExtractor, type Extraction, type Extractor, type KnownName } from '@daylight/core';
import { personHints } from './person-hints.nlp.js';

/** Options of one extraction run. */
export interface ExtractOptions {
  /** Defaults to the rule extractor. */
  readonly extractor?: Extractor;
  /** Names from the store, to recognise and link. */
  readonly knownNames?: readonly KnownName[];
  /** Ask compromise which capitalised names are people (default true). */
  readonly nlpHints?: boolean;
}

/**
 * Runs extraction over a document's text.
 * @param text - the body text
 * @param options - extractor, known names, NLP hints
 * @returns what the extractor proposes
 */
export async function extractFromText(text: string, options: ExtractOptions = {}): Promise<Extraction> {
  const extractor = options.extractor ?? new RuleExtractor();
  return extractor.extract({
    text,
    ...(options.knownNames ? { knownNames: options.knownNames } : {}),
    ...(options.nlpHints === false ? {} : { personHints: personHints(text) }),
  });
}
