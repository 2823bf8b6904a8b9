/**
 * Amounts of money (with currency), percentages and dates as written in English prose.
 */

/** An amount of money found in a text. */
export interface Money {
  readonly amount: number;
  /** ISO 4217 code. */
  readonly currency: string;
  readonly index: number;
  readonly text: string;
}

const SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD',
  US$: 'USD',
  USD: 'USD',
  '€': 'EUR',
  EUR: 'EUR',
  '£': 'GBP',
  GBP: 'GBP',
  '¥': 'JPY',
  '₪': 'ILS',
  NIS: 'ILS',
  CHF: 'CHF',
};
const WORD_CURRENCIES: Readonly<Record<string, string>> = {
  dollar: 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  pound: 'GBP',
  pounds: 'GBP',
  shekel: 'ILS',
  shekels: 'ILS',
  francs: 'CHF',
};
const MULTIPLIERS: Readonly<Record<string, number>> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  m: 1e6,
  mn: 1e6,
  billion: 1e9,
  bn: 1e9,
  b: 1e9,
  trillion: 1e12,
};

const SYMBOL_FIRST =
  /(US\$|\$|€|£|¥|₪|\b(?:USD|EUR|GBP|NIS|CHF) ?)(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn|m|b|k)\b)?/g;
const WORD_AFTER =
  /\b(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|mn))?\s(?:US\s)?(dollars?|euros?|pounds?|shekels?|francs)\b/gi;

function toNumber(digits: string, multiplier: string | undefined): number {
  const base = Number(digits.replace(/,/g, ''));
  const factor = multiplier === undefined ? 1 : (MULTIPLIERS[multiplier.toLowerCase()] ?? 1);
  return Math.round(base * factor);
}

/**
 * @param text - a sentence
 * @returns every amount of money in it, in order
 */
export function findMoney(text: string): Money[] {
  const found: Money[] = [];
  for (const m of text.matchAll(SYMBOL_FIRST)) {
    const currency = SYMBOLS[(m[1] ?? '').trim()] ?? 'USD';
    found.push({ amount: toNumber(m[2] ?? '0', m[3]), currency, index: m.index, text: m[0] });
  }
  for (const m of text.matchAll(WORD_AFTER)) {
    const currency = WORD_CURRENCIES[(m[3] ?? '').toLowerCase()] ?? 'USD';
    found.push({ amount: toNumber(m[1] ?? '0', m[2]), currency, index: m.index, text: m[0] });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * @param text - a sentence
 * @returns percentages as written ("70%", "12.5 percent" → "12.5%"), in order
 */
export function findPercentages(text: string): string[] {
  return [...text.matchAll(/\b(\d{1,3}(?:\.\d+)?)\s?(?:%|per ?cent\b)/g)].map((m) => `${m[1] ?? ''}%`);
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const MONTH =
  '(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?';
const DAY_MONTH_YEAR = new RegExp(`\\b(\\d{1,2}) ${MONTH},? (\\d{4})\\b`, 'g');
const MONTH_DAY_YEAR = new RegExp(`\\b${MONTH} (\\d{1,2}),? (\\d{4})\\b`, 'g');
const MONTH_YEAR = new RegExp(`\\b${MONTH},? (\\d{4})\\b`, 'g');
const ISO = /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g;
const YEAR = /\b(?:in|since|from|until|by|of|during|early|late|mid-?)\s+((?:19|20)\d{2})\b/g;

function monthNumber(name: string): string {
  const i = MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().slice(0, 3)));
  return String(i + 1).padStart(2, '0');
}

/**
 * @param text - a sentence
 * @returns the first date it states, as an ISO-8601 prefix (`2019`, `2019-07`, `2019-07-05`)
 */
export function findDate(text: string): string | undefined {
  const candidates: Array<{ index: number; value: string }> = [];
  for (const m of text.matchAll(DAY_MONTH_YEAR))
    candidates.push({
      index: m.index,
      value: `${m[3]}-${monthNumber(m[2] ?? '')}-${(m[1] ?? '').padStart(2, '0')}`,
    });
  for (const m of text.matchAll(MONTH_DAY_YEAR))
    candidates.push({
      index: m.index,
      value: `${m[3]}-${monthNumber(m[1] ?? '')}-${(m[2] ?? '').padStart(2, '0')}`,
    });
  for (const m of text.matchAll(MONTH_YEAR))
    candidates.push({ index: m.index, value: `${m[2]}-${monthNumber(m[1] ?? '')}` });
  for (const m of text.matchAll(ISO)) candidates.push({ index: m.index, value: m[0] });
  for (const m of text.matchAll(YEAR)) candidates.push({ index: m.index, value: m[1] ?? '' });
  if (candidates.length === 0) return undefined;
  // The most precise date at the earliest position.
  candidates.sort((a, b) => a.index - b.index || b.value.length - a.value.length);
  return candidates[0]?.value;
}
