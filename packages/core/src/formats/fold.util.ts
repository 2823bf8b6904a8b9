/**
 * Folding for lookups of short labels (country names, codes): case, accents and spacing ignored.
 */

/**
 * @param text - a label
 * @returns the label lower-cased, without accents, ß as ss, spaces collapsed
 */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}
