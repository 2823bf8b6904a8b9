/**
 * Percentages as FtM sources write them ("51", "51%", "25.5", "<25", "25-50", "between 10 and 25%",
 * "more than 25% but not more than 50%") turned into fractions: an exact value, a range, or unknown.
 */

/** What a percentage string says, as fractions of 1. */
export type ShareValue =
  | { readonly kind: 'exact'; readonly value: number }
  | { readonly kind: 'range'; readonly min: number; readonly max: number }
  | { readonly kind: 'unknown' };

const NUMBER = String.raw`(\d+(?:\.\d+)?)`;
const UPPER = String.raw`(?:<=?|≤|less than|under|below|up to|not more than|at most|no more than|maximum|max\.?)`;
const LOWER = String.raw`(?:>=?|≥|more than|over|above|at least|not less than|greater than|minimum|min\.?)`;

const EXACT = new RegExp(String.raw`^(?:=|~|approx\.?|approximately|about|circa|ca\.?)?\s*${NUMBER}$`);
const RANGE = new RegExp(String.raw`^(?:between|from)?\s*${NUMBER}\s*(?:-|–|—|to|and|\.\.)\s*${NUMBER}$`);
const BELOW = new RegExp(String.raw`^${UPPER}\s*${NUMBER}$`);
const ABOVE = new RegExp(String.raw`^${LOWER}\s*${NUMBER}$`);
const BOTH = new RegExp(String.raw`^${LOWER}\s*${NUMBER}\s*(?:,|;)?\s*(?:but|and)?\s*${UPPER}\s*${NUMBER}$`);

/** Lower-cases, folds decimal commas, drops percent signs and words, squeezes spaces. */
function clean(raw: string): string {
  return (
    raw
      .toLowerCase()
      // UK PSC codes: "ownership-of-shares-25-to-50-percent"
      .replace(/^ownership-of-shares-|^voting-rights-|-as-(?:trust|firm)$/g, '')
      .replaceAll('per cent', '%')
      .replaceAll('percent', '%')
      // "25,5" is a decimal comma; "25, 50" is not
      .replace(/(\d),(\d)/g, '$1.$2')
      .replaceAll('%', ' ')
      .replace(/(\d)-(?=[a-z])/g, '$1 ')
      .replace(/([a-z])-(?=\d)/g, '$1 ')
      .replace(/(\d)-to-(\d)/g, '$1 to $2')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/\s*-$/, '')
  );
}

function fraction(text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n) || n < 0 || n > 100) return undefined;
  return n / 100;
}

/**
 * Parses one percentage as a source states it. Numbers are percents (so "0.5" is half a percent);
 * anything it cannot read with certainty is `unknown`, never a guess.
 * @param raw - the value, e.g. "51%", "<25", "25-50", "between 10 and 25%"
 * @returns an exact fraction, a [min, max] range of fractions, or unknown
 */
export function parsePercentage(raw: string): ShareValue {
  const text = clean(raw);
  if (text === '') return { kind: 'unknown' };
  if (text === 'majority') return { kind: 'range', min: 0.5, max: 1 };
  if (text === 'minority') return { kind: 'range', min: 0, max: 0.5 };
  if (text === 'sole' || text === 'wholly owned' || text === 'full') return { kind: 'exact', value: 1 };
  let m = EXACT.exec(text);
  if (m) {
    const value = fraction(m[1]);
    return value === undefined ? { kind: 'unknown' } : { kind: 'exact', value };
  }
  m = RANGE.exec(text) ?? BOTH.exec(text);
  if (m) {
    const a = fraction(m[1]);
    const b = fraction(m[2]);
    if (a === undefined || b === undefined) return { kind: 'unknown' };
    return a === b
      ? { kind: 'exact', value: a }
      : { kind: 'range', min: Math.min(a, b), max: Math.max(a, b) };
  }
  m = BELOW.exec(text);
  if (m) {
    const b = fraction(m[1]);
    return b === undefined ? { kind: 'unknown' } : { kind: 'range', min: 0, max: b };
  }
  m = ABOVE.exec(text);
  if (m) {
    const a = fraction(m[1]);
    return a === undefined ? { kind: 'unknown' } : { kind: 'range', min: a, max: 1 };
  }
  return { kind: 'unknown' };
}

/**
 * Combines the values several statements give for one link: the same exact value stays exact;
 * disagreeing or ranged values give the smallest range that holds them all; any unknown value
 * is ignored when others are known.
 * @param raws - the stated percentages
 * @returns the combined share, or unknown when none can be read
 */
export function combinePercentages(raws: readonly string[]): ShareValue {
  let min = Infinity;
  let max = -Infinity;
  let exact = true;
  for (const raw of raws) {
    const v = parsePercentage(raw);
    if (v.kind === 'unknown') continue;
    const lo = v.kind === 'exact' ? v.value : v.min;
    const hi = v.kind === 'exact' ? v.value : v.max;
    if (v.kind === 'range') exact = false;
    min = Math.min(min, lo);
    max = Math.max(max, hi);
  }
  if (min === Infinity) return { kind: 'unknown' };
  return exact && min === max ? { kind: 'exact', value: min } : { kind: 'range', min, max };
}
