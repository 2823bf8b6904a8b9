/**
 * Formatting for display. Dates stay ISO (`2024-05-01`): unambiguous for readers anywhere.
 */

/**
 * @param value - an ISO date or time stamp
 * @returns its date part, or the value unchanged when it is not ISO
 */
export function formatDate(value: string): string {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ]|$)/.exec(value);
  return match?.[1] ?? value;
}

const numberFormat = new Intl.NumberFormat('en');

/**
 * @param value - a count
 * @returns it with thousands separators
 */
export function formatCount(value: number): string {
  return numberFormat.format(value);
}

/**
 * @param count - how many
 * @param singular - the noun for one
 * @param plural - the noun for several
 * @returns e.g. `1 entity`, `2,310 entities`
 */
export function plural(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
