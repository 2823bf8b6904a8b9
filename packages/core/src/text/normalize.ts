/**
 * Text normalisation shared by search, the name index and (later) matching. Pure functions.
 */

const COMBINING_MARKS = /\p{M}+/gu;
const NON_WORD = /[^\p{L}\p{N}]+/gu;
// Letters that NFKD does not decompose into a base letter plus a mark.
const SPECIAL_LETTERS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};
const SPECIAL_PATTERN = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'g');

/**
 * Folds a name for indexing and comparison: Unicode compatibility decomposition, diacritics
 * removed, lower case, punctuation turned into single spaces.
 * @param text - any name or query
 * @returns the folded form, e.g. `"Société  Générale S.A."` → `"societe generale s a"`
 */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(SPECIAL_PATTERN, (ch) => SPECIAL_LETTERS[ch] ?? ch)
    .replace(NON_WORD, ' ')
    .trim();
}

/**
 * Splits a folded name into tokens.
 * @param text - any name or query (folded here)
 * @returns its tokens, in order
 */
export function nameTokens(text: string): string[] {
  const folded = normalizeName(text);
  return folded === '' ? [] : folded.split(' ');
}
