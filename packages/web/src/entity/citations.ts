/**
 * Grouping of citations: when every value of a property comes from exactly the same sources (the
 * usual case for an imported record), the sources are cited once for the property instead of
 * under each of its values, which keeps long records readable without hiding any source.
 */
import type { StatementDto } from '@daylight/core/api';
import type { PropertyDto } from './PropertyRow';

function citationKey(statement: StatementDto): string {
  return [
    statement.source?.id ?? '',
    statement.dataset,
    statement.origin,
    statement.status,
    String(statement.confidence),
  ].join('\u001f');
}

/**
 * @param property - a property with its values
 * @returns the statements of its first value when the property has several values and all of them
 *   cite the same sources in the same way with no evidence quote; otherwise null (cite per value)
 */
export function sharedCitations(property: PropertyDto): StatementDto[] | null {
  const [first, ...rest] = property.values;
  if (!first || rest.length === 0 || first.statements.length === 0) return null;
  const signature = (statements: readonly StatementDto[]) =>
    statements.map(citationKey).sort().join('\u001e');
  const expected = signature(first.statements);
  for (const value of property.values) {
    if (value.statements.some((statement) => statement.evidence !== null)) return null;
    if (signature(value.statements) !== expected) return null;
  }
  return first.statements;
}

/** Property types whose values are short enough to run on as a list. */
const SHORT_TYPES = new Set([
  'name',
  'identifier',
  'country',
  'date',
  'gender',
  'topic',
  'phone',
  'email',
  'language',
]);

/**
 * @param property - a property with its values
 * @returns whether its values can be shown on one flowing line rather than one per line
 */
export function runsOn(property: PropertyDto): boolean {
  return SHORT_TYPES.has(property.type) && property.values.every((value) => value.value.length <= 80);
}
