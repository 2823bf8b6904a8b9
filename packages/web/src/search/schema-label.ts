import { SCHEMA_OPTIONS } from './search.params';

const LABELS = new Map(SCHEMA_OPTIONS.map((option) => [option.name, option.label]));

/**
 * @param schema - an FtM schema name, e.g. `PublicBody`
 * @returns a label for people (`Public body`); unknown schemata keep their name
 */
export function schemaLabel(schema: string): string {
  return LABELS.get(schema) ?? schema;
}
