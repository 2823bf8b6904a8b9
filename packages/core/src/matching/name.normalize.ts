/**
 * Name normalisation for matching: script folding and transliteration, case and punctuation,
 * legal forms recognised and kept as a typed part, titles and stop words set aside, numbers kept
 * as distinguishing tokens, and a weight and a phonetic key for every remaining token.
 */
import anyAscii from 'any-ascii';
import { doubleMetaphone } from 'double-metaphone';
import { distance } from 'fastest-levenshtein';
import {
  LEGAL_FORMS,
  NUMBER_WORDS,
  ORG_STOP_WORDS,
  PERSON_PARTICLES,
  PERSON_TITLES,
  ORG_ABBREVIATIONS,
  VESSEL_PREFIXES,
  type LegalFormFamily,
} from './name-tables.data.js';

/** How a name is read: people's names have given/family parts and initials, others have legal forms. */
export type NameKind = 'person' | 'org';

/** One token of a normalised name. */
export interface NameToken {
  /** folded ASCII text */
  readonly text: string;
  /** how much the token says about identity: 1 for a word, less for particles and initials */
  readonly weight: number;
  readonly role: 'word' | 'particle' | 'initial' | 'syllable';
  /** Double Metaphone primary code ('' for very short tokens) */
  readonly phonetic: string;
}

/** A legal form found in a name. */
export interface LegalForm {
  /** compare key, e.g. `llc` for "OOO", "LLC", "Limited Liability Company" */
  readonly key: string;
  readonly family: LegalFormFamily;
  /** the folded words it was written as */
  readonly text: string;
}

/** A name taken apart for comparison. */
export interface NormalizedName {
  readonly original: string;
  readonly kind: NameKind;
  /** the tokens that carry identity, in order */
  readonly tokens: readonly NameToken[];
  readonly legalForms: readonly LegalForm[];
  /** numbers (digits, roman numerals, number words, codes with digits) as canonical strings */
  readonly numbers: readonly string[];
  /** titles and stop words set aside */
  readonly dropped: readonly string[];
}

const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['’ʼ`´‘]/gu;
// Han and Hangul characters are words (or syllables) of their own: transliterate them apart.
const CJK = /([\p{Script=Han}\p{Script=Hangul}])/gu;
const HAS_CJK = /[\p{Script=Han}\p{Script=Hangul}]/u;
const NON_ALNUM = /[^a-z0-9]+/g;
const ROMAN = /^(?:x{0,3})(?:ix|iv|v?i{0,3})$/;
const LEET: Readonly<Record<string, string>> = {
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '7': 't',
  '8': 'b',
  '9': 'g',
};

/**
 * Folds text to lower-case ASCII words separated by single spaces: Unicode compatibility forms,
 * transliteration of every script (any-ascii), apostrophes joined, `&` read as "and".
 * @param text - any name
 * @returns the folded text, e.g. `"OOO «Байкал»"` → `"ooo baikal"`
 */
export function foldText(text: string): string {
  const prepared = text
    .normalize('NFKC')
    .replace(APOSTROPHES, '')
    .replace(/&/g, ' and ')
    .replace(CJK, ' $1 ');
  return anyAscii(prepared.normalize('NFKD').replace(COMBINING_MARKS, ''))
    .toLowerCase()
    .replace(/'/g, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

/** Joins runs of two or more one-letter tokens ("a b c" → "abc"), as dotted abbreviations are written. */
function joinLetters(tokens: readonly string[]): string[] {
  const out: string[] = [];
  let run = '';
  let runLength = 0;
  const flush = (): void => {
    if (runLength >= 2) out.push(run);
    else if (runLength === 1) out.push(run);
    run = '';
    runLength = 0;
  };
  for (const t of tokens) {
    if (t.length === 1 && /[a-z]/.test(t)) {
      run += t;
      runLength += 1;
    } else {
      flush();
      out.push(t);
    }
  }
  flush();
  return out;
}

interface FormPattern {
  readonly words: readonly string[];
  readonly key: string;
  readonly family: LegalFormFamily;
}

// Every variant folded exactly as names are, longest first so "joint stock company" wins over "company".
const FORM_PATTERNS: readonly FormPattern[] = LEGAL_FORMS.flatMap((entry) =>
  entry.variants.map((variant) => ({
    words: joinLetters(foldText(variant).split(' ')),
    key: entry.key,
    family: entry.family,
  })),
)
  .filter((p) => p.words.length > 0 && p.words[0] !== '')
  .sort((a, b) => b.words.length - a.words.length);

const TITLE_PATTERNS: readonly (readonly string[])[] = PERSON_TITLES.map((t) => foldText(t).split(' ')).sort(
  (a, b) => b.length - a.length,
);
const ORG_STOPS = new Set(ORG_STOP_WORDS);
const ABBREVIATIONS = new Map(Object.entries(ORG_ABBREVIATIONS));
const VESSEL_PREFIX_SET = new Set(VESSEL_PREFIXES);
const PARTICLES = new Map(Object.entries(PERSON_PARTICLES));

function startsWith(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  return words.every((w, i) => tokens[at + i] === w);
}

/** Like {@link startsWith}, tolerating one typo in each long word ("Aktiengeselschaft"). */
function startsWithLoosely(tokens: readonly string[], at: number, words: readonly string[]): boolean {
  if (at + words.length > tokens.length) return false;
  return words.every((w, i) => {
    const t = tokens[at + i]!;
    return t === w || (w.length >= 8 && Math.abs(t.length - w.length) <= 1 && distance(t, w) <= 1);
  });
}

/** Takes legal forms off both ends of the token list (repeatedly); keeps the tokens if nothing else would be left. */
const FORM_WORDS = new Set(FORM_PATTERNS.flatMap((p) => p.words));
const LONG_FORM_WORDS = [...FORM_WORDS].filter((w) => w.length >= 8);
const formWordCache = new Map<string, boolean>();

/** Whether a token is (or, when long, is one typo away from) a word of some legal form. */
function isFormWord(token: string | undefined): boolean {
  if (token === undefined) return false;
  if (FORM_WORDS.has(token)) return true;
  if (token.length < 8) return false;
  let known = formWordCache.get(token);
  if (known === undefined) {
    known = LONG_FORM_WORDS.some((w) => Math.abs(w.length - token.length) <= 1 && distance(w, token) <= 1);
    if (formWordCache.size > 10_000) formWordCache.clear();
    formWordCache.set(token, known);
  }
  return known;
}

function takeLegalForms(tokens: string[]): { rest: string[]; forms: LegalForm[] } {
  const forms: LegalForm[] = [];
  let rest = tokens;
  for (let changed = true; changed;) {
    changed = false;
    // Most names end and start with no legal-form word: no pattern can apply.
    if (!isFormWord(rest[0]) && !isFormWord(rest[rest.length - 1])) break;
    for (const p of FORM_PATTERNS) {
      if (rest.length > p.words.length && startsWithLoosely(rest, rest.length - p.words.length, p.words)) {
        forms.push({ key: p.key, family: p.family, text: p.words.join(' ') });
        rest = rest.slice(0, rest.length - p.words.length);
        changed = true;
        break;
      }
      if (rest.length > p.words.length && startsWithLoosely(rest, 0, p.words)) {
        forms.push({ key: p.key, family: p.family, text: p.words.join(' ') });
        rest = rest.slice(p.words.length);
        changed = true;
        break;
      }
    }
  }
  return { rest, forms };
}

function phoneticOf(text: string): string {
  if (text.length < 3 || /\d/.test(text)) return '';
  return doubleMetaphone(text)[0];
}

function canonicalNumber(token: string, kind: NameKind): string | undefined {
  if (/^\d+$/.test(token)) return String(Number.parseInt(token, 10));
  if (/\d/.test(token) && kind === 'org') return token;
  if (kind === 'org') {
    const word = NUMBER_WORDS[token];
    if (word !== undefined) return word;
    if (token.length > 0 && ROMAN.test(token)) return String(romanValue(token));
  }
  return undefined;
}

function romanValue(roman: string): number {
  const values: Record<string, number> = { i: 1, v: 5, x: 10 };
  let total = 0;
  for (let i = 0; i < roman.length; i += 1) {
    const v = values[roman[i]!] ?? 0;
    const next = values[roman[i + 1] ?? ''] ?? 0;
    total += v < next ? -v : v;
  }
  return total;
}

/**
 * Takes a name apart for matching.
 * @param name - the name as written (any script)
 * @param kind - `person` for people, `org` for companies, organisations, vessels and the like
 * @returns its tokens with weights and phonetic keys, its legal forms, numbers and dropped words
 */
export function normalizeForMatching(name: string, kind: NameKind): NormalizedName {
  const key = `${kind}\u001f${name}`;
  const cached = normalizedCache.get(key);
  if (cached) return cached;
  const normalized = normalizeUncached(name, kind);
  // A bounded memo: matching compares the same stored names again and again.
  if (normalizedCache.size >= 50_000) normalizedCache.clear();
  normalizedCache.set(key, normalized);
  return normalized;
}

const normalizedCache = new Map<string, NormalizedName>();

function normalizeUncached(name: string, kind: NameKind): NormalizedName {
  let words = foldText(name)
    .split(' ')
    .filter((w) => w !== '');
  const dropped: string[] = [];
  const numbers: string[] = [];
  let legalForms: LegalForm[] = [];

  if (kind === 'person') {
    // Digits inside a person's name are typing slips for letters ("I9or Sech1n").
    words = words.map((w) => (/[a-z]/.test(w) && /\d/.test(w) ? w.replace(/\d/g, (d) => LEET[d] ?? d) : w));
    const kept: string[] = [];
    for (let i = 0; i < words.length;) {
      const title = TITLE_PATTERNS.find((t) => startsWith(words, i, t));
      if (title && words.length - title.length >= 1) {
        dropped.push(title.join(' '));
        i += title.length;
        continue;
      }
      kept.push(words[i]!);
      i += 1;
    }
    words = kept;
    if (words.length > 2) {
      const { rest, forms } = takeLegalForms(words);
      if (forms.length > 0) {
        dropped.push(...forms.map((f) => f.text));
        words = rest;
      }
    }
  } else {
    words = joinLetters(words).map((w) => ABBREVIATIONS.get(w) ?? w);
    if (words.length > 1 && VESSEL_PREFIX_SET.has(words[0]!)) dropped.push(...words.splice(0, 1));
    const kept: string[] = [];
    for (const w of words) {
      const n = canonicalNumber(w, kind);
      if (n !== undefined && words.length > 1) numbers.push(n);
      else kept.push(w);
    }
    const { rest, forms } = takeLegalForms(kept);
    legalForms = forms;
    words = [];
    for (const w of rest) {
      if (ORG_STOPS.has(w) && rest.length > 1) dropped.push(w);
      else words.push(w);
    }
  }

  const syllabic = HAS_CJK.test(name);
  const tokens: NameToken[] = words.map((w) => {
    if (syllabic && w.length <= 6) return { text: w, weight: 1, role: 'syllable', phonetic: '' };
    if (kind === 'person') {
      const particle = PARTICLES.get(w);
      if (particle !== undefined) return { text: particle, weight: 0.3, role: 'particle', phonetic: '' };
      if (w.length === 1) return { text: w, weight: 0.5, role: 'initial', phonetic: '' };
    }
    return { text: w, weight: 1, role: 'word', phonetic: phoneticOf(w) };
  });
  return { original: name, kind, tokens, legalForms, numbers, dropped };
}

/**
 * Which kind of name a FollowTheMoney schema carries.
 * @param schema - a schema name (Person, Company, Organization, LegalEntity, Vessel …)
 * @returns `person` for Person, `org` otherwise
 */
export function nameKindOf(schema: string | undefined): NameKind {
  return schema === 'Person' ? 'person' : 'org';
}
