/**
 * Finding names in a sentence: capitalised sequences (with connectors such as "of" and "für"),
 * acronyms, web domains, known names from the store, and the kind of thing each name is, from its
 * own words (legal forms, "Ministry", "Fund" …) and its context (titles, roles, product nouns).
 */
import { normalizeName } from '../text/normalize.js';
import type { ExtractedType, KnownName, Span } from './extraction.types.js';
import {
  COMPANY_HEADS,
  COUNTRIES,
  DEMONYMS,
  FUND_WORDS,
  LEADING_ROLE_WORDS,
  LEGAL_FORMS,
  NAME_CONNECTORS,
  NOT_NAMES,
  ORGANIZATION_WORDS,
  PERSON_TITLES,
  PLACES,
  PRODUCT_NOUNS,
  PUBLIC_BODY_WORDS,
  TRAILING_NOT_NAMES,
} from './lexicon.data.js';
import type { Sentence } from './sentence.split.js';

/** A word of the text with its offsets. */
export interface Token extends Span {
  readonly text: string;
}

/** A name found in a sentence, before aliases are resolved. */
export interface Candidate extends Span {
  readonly text: string;
  /** The type its words or context suggest, or undefined when nothing does. */
  readonly type: ExtractedType | undefined;
  /** True when a title, role word or NLP hint says it is a person. */
  readonly personCue: boolean;
  /** True when it opens the sentence (so its capital letter proves little). */
  readonly sentenceInitial: boolean;
  /** The id of a known name from the store. */
  readonly knownId?: string;
  /** Inside parentheses right after another name: an alias of it. */
  readonly parentheticalOf?: number;
}

const fold = (s: string): string => s.toLowerCase();
const setOf = (words: readonly string[]): Set<string> => new Set(words.map(fold));
const NOT_NAME_SET = setOf(NOT_NAMES);
const CONNECTOR_SET = setOf(NAME_CONNECTORS);
/** Words that end a capitalised run without being part of the name (days, months, pronouns). */
const TRAILING_NOT_SET = setOf(TRAILING_NOT_NAMES);
const LEGAL_FORM_SET = setOf(LEGAL_FORMS.map((f) => f.replace(/\.$/, '')));
const COMPANY_HEAD_SET = setOf(COMPANY_HEADS);
/** Abbreviations written with a full stop ("Inc.", "Dr."). */
const DOTTED_FORMS = setOf([...LEGAL_FORMS, ...PERSON_TITLES].filter((w) => w.endsWith('.')));
const PUBLIC_SET = setOf(PUBLIC_BODY_WORDS);
const FUND_SET = setOf(FUND_WORDS);
const ORG_SET = setOf(ORGANIZATION_WORDS);
const PRODUCT_SET = setOf(PRODUCT_NOUNS);
const COUNTRY_SET = new Set(COUNTRIES.map(normalizeName));
const PLACE_SET = new Set(PLACES.map(normalizeName));
const DEMONYM_SET = setOf(Object.keys(DEMONYMS));
const TITLE_SET = setOf(PERSON_TITLES.map((t) => t.replace(/\.$/, '')));
const ROLE_WORDS = setOf(LEADING_ROLE_WORDS);
const MONTH_SET = setOf(TRAILING_NOT_NAMES.slice(7, 19));
/** Acronyms that are words of prose, not names. */
const COMMON_ACRONYMS = setOf([
  'CEO',
  'CFO',
  'COO',
  'CTO',
  'NGO',
  'TV',
  'PR',
  'GDP',
  'IPO',
  'AI',
  'IT',
  'OK',
  'ID',
  'SMS',
  'VPN',
  'PDF',
  'URL',
]);

const TOKEN = /[\p{L}\p{N}]+(?:[-'’.&/][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

/**
 * @param text - the document text
 * @param span - the part of it to tokenise
 * @returns its words and punctuation marks, with offsets in `text`
 */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const body = text.slice(span.start, span.end);
  for (const m of body.matchAll(TOKEN)) {
    let word = m[0];
    let start = span.start + m.index;
    // A full stop belongs to the word only for abbreviations, legal forms and initials.
    if (word.length > 1 && word.endsWith('.')) {
      const bare = word.slice(0, -1);
      const keep = /^\p{Lu}$/u.test(bare) || DOTTED_FORMS.has(fold(word)) || /\./.test(bare);
      if (!keep) {
        tokens.push({ start, end: start + bare.length, text: bare });
        tokens.push({ start: start + bare.length, end: start + word.length, text: '.' });
        continue;
      }
    }
    // Possessive "'s" is its own token.
    const possessive = /^(.+?)(['’]s?)$/u.exec(word);
    if (possessive && (possessive[1] ?? '').length > 0 && /\p{L}/u.test(possessive[1] ?? '')) {
      const stem = possessive[1] ?? '';
      tokens.push({ start, end: start + stem.length, text: stem });
      tokens.push({ start: start + stem.length, end: start + word.length, text: possessive[2] ?? '' });
      continue;
    }
    word = m[0];
    start = span.start + m.index;
    tokens.push({ start, end: start + word.length, text: word });
  }
  return tokens;
}

const isCapitalised = (word: string): boolean => /^\p{Lu}/u.test(word) || /^[a-z]+\p{Lu}/u.test(word);
const isAcronym = (word: string): boolean => /^\p{Lu}[\p{Lu}\d&]{1,7}$/u.test(word);
const isDomain = (word: string): boolean => /^[a-z0-9-]+\.(org|com|net|io|info|eu|de|fr|uk)$/i.test(word);
const isSmallNumber = (word: string): boolean => /^\d{1,4}$/.test(word) && !/^(19|20)\d\d$/.test(word);

/**
 * The type a name's own words suggest.
 * @param name - the name as written
 * @returns a type, or undefined when its words say nothing
 */
export function typeFromWords(name: string): ExtractedType | undefined {
  const words = name.split(/\s+/).map((w) => fold(w.replace(/[.,]$/, '')));
  const last = words[words.length - 1] ?? '';
  if (COUNTRY_SET.has(normalizeName(name))) return 'Country';
  if (LEGAL_FORM_SET.has(last)) return 'Company';
  if (FUND_SET.has(last)) return 'Fund';
  if (words.includes('government') || words.includes('ministry') || words.includes('department'))
    return 'PublicBody';
  if (PUBLIC_SET.has(last)) return 'PublicBody';
  if (COMPANY_HEAD_SET.has(last)) return 'Company';
  if (ORG_SET.has(last)) return 'Organization';
  if (words.some((w) => PUBLIC_SET.has(w) && w !== 'state' && w !== 'unit' && w !== 'service'))
    return 'PublicBody';
  if (words.some((w) => LEGAL_FORM_SET.has(w) || COMPANY_HEAD_SET.has(w))) return 'Company';
  if (words.some((w) => ORG_SET.has(w))) return 'Organization';
  if (isDomain(name)) return 'Organization';
  return undefined;
}

/** What the mention finder needs besides the sentence. */
export interface MentionContext {
  readonly text: string;
  readonly known: KnownNameIndex;
  readonly personHints: ReadonlySet<string>;
  /** Words (folded) the document writes in lower case somewhere: common words, not names. */
  readonly lowercaseWords: ReadonlySet<string>;
  /** Words (folded) the document capitalises in the middle of a sentence. */
  readonly capitalisedWords: ReadonlySet<string>;
}

/** Known names by their first folded token, longest first. */
export class KnownNameIndex {
  private readonly byFirst = new Map<string, Array<{ tokens: string[]; known: KnownName }>>();

  /** @param names - names from the store */
  constructor(names: readonly KnownName[]) {
    for (const known of names) {
      const tokens = normalizeName(known.name)
        .split(' ')
        .filter((t) => t !== '');
      const first = tokens[0];
      if (first === undefined) continue;
      const list = this.byFirst.get(first) ?? [];
      list.push({ tokens, known });
      this.byFirst.set(first, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
  }

  /**
   * @param folded - folded tokens of a sentence
   * @param at - where to look
   * @returns the longest known name starting there, with its length in tokens
   */
  matchAt(folded: readonly string[], at: number): { known: KnownName; length: number } | undefined {
    const list = this.byFirst.get(folded[at] ?? '');
    if (!list) return undefined;
    for (const entry of list) {
      if (entry.tokens.every((t, i) => folded[at + i] === t))
        return { known: entry.known, length: entry.tokens.length };
    }
    return undefined;
  }
}

function precedingWords(tokens: readonly Token[], index: number, n: number): string[] {
  return tokens.slice(Math.max(0, index - n), index).map((t) => fold(t.text));
}

/**
 * Finds the names in one sentence.
 * @param sentence - the sentence
 * @param ctx - document text, known names, NLP person hints
 * @returns candidates in order of position
 */
export function findCandidates(sentence: Sentence, ctx: MentionContext): Candidate[] {
  const tokens = tokenize(ctx.text, sentence);
  const folded = tokens.map((t) => normalizeName(t.text));
  const wordTokens = tokens.map((t) => /[\p{L}\p{N}]/u.test(t.text));
  const firstWord = wordTokens.findIndex((w) => w);
  // Words after an opening quote, a colon, an ellipsis or an enumerator "(b)" also open a clause.
  const opensClause = (k: number): boolean => {
    if (k === firstWord) return true;
    const prev = tokens[k - 1]?.text ?? '';
    if (/^["“‘:…;—–]$/.test(prev)) return true;
    return prev === ')' && /^[a-z0-9]$/i.test(tokens[k - 2]?.text ?? '') && tokens[k - 3]?.text === '(';
  };
  const candidates: Candidate[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i];
    if (!token) break;
    const known = ctx.known.matchAt(folded, i);
    if (known) {
      const last = tokens[i + known.length - 1] ?? token;
      candidates.push({
        start: token.start,
        end: last.end,
        text: ctx.text.slice(token.start, last.end),
        type: known.known.type,
        personCue: known.known.type === 'Person',
        sentenceInitial: i === firstWord,
        knownId: known.known.id,
      });
      i += known.length;
      continue;
    }
    if (
      !(isCapitalised(token.text) || isDomain(token.text)) ||
      !wordTokens[i] ||
      /['’](re|ll|ve|d|m|t)$/i.test(token.text)
    ) {
      i++;
      continue;
    }
    // Grow a run of capitalised words, numbers after a name word, and connectors between them.
    let j = i + 1;
    while (j < tokens.length) {
      const t = tokens[j];
      if (!t) break;
      const gap = t.start - (tokens[j - 1]?.end ?? t.start);
      // "Prosecutor's Office": a possessive inside an institution's name.
      if (
        /^['’]s?$/.test(t.text) &&
        gap === 0 &&
        j - i >= 2 &&
        !isAcronym(tokens[j - 1]?.text ?? '') &&
        typeFromWords(tokens[j + 1]?.text ?? '') !== undefined &&
        isCapitalised(tokens[j + 1]?.text ?? '')
      ) {
        j += 1;
        continue;
      }
      if (gap > 1 || (gap === 0 && t.text !== ',' && !/^[\p{L}\p{N}]/u.test(t.text))) break;
      if (isCapitalised(t.text) && wordTokens[j]) {
        j++;
        continue;
      }
      // "Acme Technologies, Inc.": a legal form after a comma still belongs to the name.
      if (t.text === ',' && LEGAL_FORM_SET.has(fold((tokens[j + 1]?.text ?? '').replace(/\.$/, '')))) {
        j += 2;
        continue;
      }
      if (
        isSmallNumber(t.text) &&
        gap === 1 &&
        !MONTH_SET.has(fold(tokens[j - 1]?.text ?? '')) &&
        !/^[%$€£]/.test(tokens[j + 1]?.text ?? '')
      ) {
        j++;
        continue;
      }
      const runHasConnector = tokens.slice(i, j).some((x) => CONNECTOR_SET.has(fold(x.text)));
      const needsConnector = fold(t.text) === 'and' || fold(t.text) === 'on';
      const joinsAnd = !needsConnector || (runHasConnector && !isCapitalisedRunCompany(tokens, j + 1));
      if (CONNECTOR_SET.has(fold(t.text)) && joinsAnd && isCapitalised(tokens[j + 1]?.text ?? '')) {
        j += 2;
        continue;
      }
      break;
    }
    let from = i;
    let to = j; // exclusive
    // Leading words that are not names: function words, titles and roles, demonyms.
    let personCue = false;
    let demonym = false;
    let sentenceInitialCut = false;
    const stripLead = (): boolean => {
      const w = fold(tokens[from]?.text ?? '');
      if (TITLE_SET.has(w)) personCue = true;
      // "Russian Ambassador Jane Roe": a demonym before a title.
      const nextWord = fold(tokens[from + 1]?.text ?? '');
      if (DEMONYM_SET.has(w) && (TITLE_SET.has(nextWord) || ROLE_WORDS.has(nextWord))) return true;
      if (DEMONYM_SET.has(w) && to - from > 1) demonym = true;
      if (opensClause(from) && from + 1 < to && ctx.lowercaseWords.has(w) && !ctx.capitalisedWords.has(w))
        sentenceInitialCut = true;
      // A sentence's first word that the document also writes in lower case is a common word.
      const commonWord = opensClause(from) && ctx.lowercaseWords.has(w) && !ctx.capitalisedWords.has(w);
      return (
        NOT_NAME_SET.has(w) ||
        TITLE_SET.has(w) ||
        ROLE_WORDS.has(w) ||
        CONNECTOR_SET.has(w) ||
        commonWord ||
        /-(based|wide|owned|registered|listed|led|backed)$/.test(w)
      );
    };
    // "California-based X": the name starts after the compound adjective.
    for (let k = to - 1; k >= from; k--) {
      if (/-(based|wide|owned|registered|listed|led|backed)$/i.test(tokens[k]?.text ?? '')) {
        from = k + 1;
        break;
      }
    }
    while (from < to && stripLead()) from++;
    // "Activists of Amnesty International": after a common first word, the name starts after "of".
    if (sentenceInitialCut && CONNECTOR_SET.has(fold(tokens[from]?.text ?? ''))) from++;
    if (!tokens.slice(from, to).some((t) => /\p{L}/u.test(t.text))) {
      i = j;
      continue;
    }
    while (
      to > from &&
      (CONNECTOR_SET.has(fold(tokens[to - 1]?.text ?? '')) ||
        TRAILING_NOT_SET.has(fold(tokens[to - 1]?.text ?? '')))
    )
      to--;
    i = j;
    if (from >= to) continue;
    const first = tokens[from];
    const last = tokens[to - 1];
    if (!first || !last) continue;
    const name = ctx.text
      .slice(first.start, last.end)
      .replace(/[.,]$/, (m) => (LEGAL_FORM_SET.has(fold(last.text.replace(/\.$/, ''))) ? m : ''));
    const single = to - from === 1;
    const word = first.text;
    if (
      single &&
      (DEMONYM_SET.has(fold(word)) ||
        COMMON_ACRONYMS.has(fold(word)) ||
        (/^\p{Lu}+s$/u.test(word) && isAcronym(word.slice(0, -1))))
    )
      continue;
    if (single && word.length < 2) continue;
    // Datelines ("SALEM, Ore. (AP) —") and shouted labels ("ADVERTISEMENT").
    if (single && /^\p{Lu}{5,}$/u.test(word) && from === firstWord && !isAcronymLike(word)) continue;
    // A kind of body on its own ("the Authority", "the Group") is a reference, not a name.
    if (single && !isDomain(word) && typeFromWords(word) !== undefined && typeFromWords(word) !== 'Country')
      continue;
    if (PLACE_SET.has(normalizeName(name))) continue;
    const before = precedingWords(tokens, from, 3);
    const after = tokens.slice(to, to + 2).map((t) => fold(t.text));
    if (before.some((w) => TITLE_SET.has(w))) personCue = true;
    const hinted = ctx.personHints.has(normalizeName(name));
    let type = typeFromWords(name);
    if (!type && (PRODUCT_SET.has(before[before.length - 1] ?? '') || PRODUCT_SET.has(after[0] ?? '')))
      type = 'Product';
    if (demonym && /^(government|authorities)$/.test(after[0] ?? '')) type = undefined;
    candidates.push({
      start: first.start,
      end: first.start + name.length,
      text: name,
      type,
      personCue: personCue || hinted,
      sentenceInitial: opensClause(from),
    });
  }
  // "<Demonym> government" and "the government of <Country>" name public bodies.
  for (const m of sentence.text.matchAll(/\b([A-Z][a-z]+) (government|authorities)\b/g)) {
    if (!DEMONYM_SET.has(fold(m[1] ?? '')) || DEMONYMS[m[1] ?? ''] === '') continue;
    const start = sentence.start + m.index;
    candidates.push({
      start,
      end: start + m[0].length,
      text: m[0],
      type: 'PublicBody',
      personCue: false,
      sentenceInitial: false,
    });
  }
  return markParentheticals(dedupe(candidates), ctx.text);
}

function isCapitalisedRunCompany(tokens: readonly Token[], from: number): boolean {
  let k = from;
  while (k < tokens.length && isCapitalised(tokens[k]?.text ?? '')) k++;
  const words = tokens
    .slice(from, k)
    .map((t) => t.text)
    .join(' ');
  return words !== '' && typeFromWords(words) === 'Company';
}

function isAcronymLike(word: string): boolean {
  return word.length <= 6 && !/[AEIOU]{2}/.test(word) && /[^AEIOU]{3}/.test(word);
}

function dedupe(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Candidate[] = [];
  for (const c of sorted) {
    const prev = out[out.length - 1];
    if (prev && c.start < prev.end) continue;
    out.push(c);
  }
  return out;
}

/** "Name (ABBR)" and "Name (Other Name, ABBR)": the names in brackets are aliases of the first. */
function markParentheticals(candidates: Candidate[], text: string): Candidate[] {
  const out: Candidate[] = [];
  let owner: number | undefined;
  let close = -1;
  for (const c of candidates) {
    const prev = out[out.length - 1];
    if (owner !== undefined && c.start < close) {
      out.push({ ...c, parentheticalOf: owner });
      continue;
    }
    owner = undefined;
    if (prev && /^\s*\(\s*$/.test(text.slice(prev.end, c.start))) {
      const end = text.indexOf(')', c.start);
      const inside = end === -1 ? '' : text.slice(c.start, end);
      // Only names and separators inside: "(GFF)", "(Society for Civil Liberties, GFF)".
      if (end !== -1 && end - c.start < 80 && !/\d{4}|\bsaid\b/.test(inside)) {
        owner = out.length - 1;
        close = end;
        out.push({ ...c, parentheticalOf: owner });
        continue;
      }
    }
    out.push(c);
  }
  return out;
}
