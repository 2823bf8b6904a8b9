/**
 * Names for the synthetic world: invented brands built from syllables (so that one brand can be
 * written in Latin, Cyrillic, Greek and Hebrew script and transliterated back), Chinese brands
 * with their pinyin, and people's names by region.
 */
import type { SeededRandom } from './seeded-random.util.js';
import {
  BRAND_ADJECTIVES,
  BRAND_NOUNS,
  PERSON_NAMES,
  SURNAME_SUFFIXES,
  ZH_BRAND_CHARS,
  type Region,
} from './world.data.js';

/** A non-Latin script a name can be written in. */
export type Script = 'cyrl' | 'grek' | 'hebr' | 'hani';

/** A value written natively, with its Latin transliteration. */
export interface Transliterated {
  readonly native: string;
  readonly latin: string;
}

/** A brand shared by the companies of one group. */
export interface Brand {
  /** Invented brands are syllables that every script can render; word brands are Latin only. */
  readonly syllables: readonly string[] | null;
  readonly latin: string;
  /** The brand a Chinese subsidiary would use. */
  readonly zh: Transliterated;
}

const ONSETS = [
  'b',
  'd',
  'f',
  'g',
  'k',
  'l',
  'm',
  'n',
  'p',
  'r',
  's',
  't',
  'v',
  'z',
  'kr',
  'tr',
  'br',
  'st',
  'pr',
];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'e'];
const CODAS = ['', '', '', 'n', 'r', 'l', 's', 'x'];

/**
 * Splits a `native|latin[|f]` table entry.
 * @param entry - the entry
 * @returns native form, Latin form and whether it is feminine
 */
export function splitEntry(entry: string): { native: string; latin: string; feminine: boolean } {
  const [native = entry, latin = native, flag] = entry.split('|');
  return { native, latin, feminine: flag === 'f' };
}

/** @returns the string with its first character upper-cased (any script with case) */
export function capitalize(value: string): string {
  return value.length === 0 ? value : value.charAt(0).toUpperCase() + value.slice(1);
}

/**
 * Invents syllables for a brand or a surname.
 * @param rng - the random source
 * @param count - number of syllables
 * @returns lower-case Latin syllables, each renderable in every supported script
 */
export function inventSyllables(rng: SeededRandom, count: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const coda = i === count - 1 ? rng.pick(CODAS) : '';
    out.push(rng.pick(ONSETS) + rng.pick(VOWELS) + coda);
  }
  return out;
}

/**
 * Makes the brand of a company group.
 * @param rng - a random source dedicated to this brand
 * @returns the brand
 */
export function makeBrand(rng: SeededRandom): Brand {
  const zhChars = [splitEntry(rng.pick(ZH_BRAND_CHARS)), splitEntry(rng.pick(ZH_BRAND_CHARS))];
  const zh: Transliterated = {
    native: zhChars.map((c) => c.native).join(''),
    latin: capitalize(zhChars.map((c) => c.latin.toLowerCase()).join('')),
  };
  if (rng.chance(0.3)) {
    return { syllables: null, latin: `${rng.pick(BRAND_ADJECTIVES)} ${rng.pick(BRAND_NOUNS)}`, zh };
  }
  const syllables = inventSyllables(rng, rng.chance(0.55) ? 2 : 3);
  return { syllables, latin: capitalize(syllables.join('')), zh };
}

const CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  v: 'в',
  x: 'кс',
  z: 'з',
};

const GREEK: Readonly<Record<string, string>> = {
  a: 'α',
  b: 'μπ',
  d: 'ντ',
  e: 'ε',
  f: 'φ',
  g: 'γκ',
  i: 'ι',
  k: 'κ',
  l: 'λ',
  m: 'μ',
  n: 'ν',
  o: 'ο',
  p: 'π',
  r: 'ρ',
  s: 'σ',
  t: 'τ',
  u: 'ου',
  v: 'β',
  x: 'ξ',
  z: 'ζ',
};

const HEBREW: Readonly<Record<string, string>> = {
  b: 'ב',
  d: 'ד',
  f: 'פ',
  g: 'ג',
  k: 'ק',
  l: 'ל',
  m: 'מ',
  n: 'נ',
  p: 'פ',
  r: 'ר',
  s: 'ס',
  t: 'ט',
  v: 'ו',
  x: 'קס',
  z: 'ז',
  i: 'י',
  o: 'ו',
  u: 'ו',
};

const HEBREW_FINAL: Readonly<Record<string, string>> = { כ: 'ך', מ: 'ם', נ: 'ן', פ: 'ף', צ: 'ץ' };

function toCyrillic(word: string): string {
  let out = '';
  for (const ch of word) out += CYRILLIC[ch] ?? ch;
  return capitalize(out);
}

function toGreek(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    // "ou" is one Greek digraph, not omicron + ου.
    if (ch === 'o' && word.charAt(i + 1) === 'u') {
      out += 'ου';
      i++;
    } else out += GREEK[ch] ?? ch;
  }
  if (out.endsWith('σ')) out = `${out.slice(0, -1)}ς`;
  return capitalize(out);
}

function toHebrew(word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) {
    const ch = word.charAt(i);
    if (ch === 'a' || ch === 'e') {
      // Hebrew writes no short vowels: an initial vowel takes an alef, a final "a" a he.
      if (i === 0) out += 'א';
      else if (i === word.length - 1 && ch === 'a') out += 'ה';
      continue;
    }
    if (i === 0 && (ch === 'i' || ch === 'o' || ch === 'u')) out += 'א';
    out += HEBREW[ch] ?? '';
  }
  const last = out.charAt(out.length - 1);
  const final = HEBREW_FINAL[last];
  return final === undefined ? out : out.slice(0, -1) + final;
}

/**
 * Writes lower-case Latin syllables in another script.
 * @param syllables - from `inventSyllables`
 * @param script - Cyrillic, Greek or Hebrew
 * @returns the native spelling; its Latin transliteration is the capitalised joined syllables
 */
export function renderSyllables(syllables: readonly string[], script: Exclude<Script, 'hani'>): string {
  const word = syllables.join('');
  if (script === 'cyrl') return toCyrillic(word);
  if (script === 'grek') return toGreek(word);
  return toHebrew(word);
}

/** A person's name parts, with the native-script form where there is one. */
export interface PersonName {
  readonly first: string;
  readonly last: string;
  /** The full name as the person's country writes it. */
  readonly full: string;
  /** The Latin transliteration, when `full` is not Latin. */
  readonly latin: string | null;
}

const SCRIPT_OF_REGION: Partial<Record<Region, Exclude<Script, 'hani'>>> = {
  ru: 'cyrl',
  el: 'grek',
  he: 'hebr',
};

/**
 * Makes a person's name.
 * @param rng - the random source
 * @param region - where the name comes from
 * @param native - whether to write it in the region's own script (Cyrillic, Greek, Hebrew, Han)
 * @returns the name
 */
export function makePersonName(rng: SeededRandom, region: Region, native: boolean): PersonName {
  const names = PERSON_NAMES[region];
  const first = splitEntry(rng.pick(names.first));
  let last = splitEntry(rng.pick(names.last));
  const suffixes = SURNAME_SUFFIXES[region];
  if (suffixes.length > 0 && rng.chance(0.3)) {
    // An invented surname keeps a million people from sharing a few hundred names.
    const syllables = inventSyllables(rng, 1 + rng.int(2));
    syllables.push(rng.pick(suffixes));
    const script = SCRIPT_OF_REGION[region];
    const latin = capitalize(syllables.join(''));
    last = { native: script ? renderSyllables(syllables, script) : latin, latin, feminine: false };
  }
  if (region === 'ru' && first.feminine && /(ов|ев|ин)$/.test(last.native)) {
    last = { native: `${last.native}а`, latin: `${last.latin}a`, feminine: true };
  }
  if (region === 'zh') {
    // Chinese names put the family name first and are written without a space.
    return native
      ? {
          first: first.native,
          last: last.native,
          full: last.native + first.native,
          latin: `${last.latin} ${first.latin}`,
        }
      : { first: first.latin, last: last.latin, full: `${last.latin} ${first.latin}`, latin: null };
  }
  if (native && SCRIPT_OF_REGION[region]) {
    return {
      first: first.native,
      last: last.native,
      full: `${first.native} ${last.native}`,
      latin: `${first.latin} ${last.latin}`,
    };
  }
  return { first: first.latin, last: last.latin, full: `${first.latin} ${last.latin}`, latin: null };
}
