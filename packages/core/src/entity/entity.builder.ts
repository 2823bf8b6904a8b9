/**
 * Builds entities from statements.
 */
import { DaylightError } from '../errors.js';
import type { DatasetId, EntityId } from '../ids.js';
import { ID_PROP, commonSchema, getSchema } from '../model/ftm.model.js';
import type { Statement } from '../statement/statement.types.js';
import type { Entity, Properties } from './entity.types.js';

/** Statements of one entity disagree on its schema in a way FtM cannot reconcile. */
export class SchemaConflictError extends DaylightError {
  /**
   * @param entityId - the entity
   * @param a - one schema
   * @param b - the other
   */
  constructor(
    readonly entityId: string,
    readonly a: string,
    readonly b: string,
  ) {
    super(
      'schema_conflict',
      `Entity "${entityId}" is stated to be both a ${a} and a ${b}; FtM has no schema that is both. ` +
        'Give the entity a different id, or correct the schema in the source.',
    );
  }
}

/**
 * Whether a statement counts toward the current entity.
 * @param s - the statement
 * @returns true when it is accepted and not retracted
 */
export function isCurrent(s: Pick<Statement, 'status' | 'retractedAt'>): boolean {
  return s.status === 'accepted' && s.retractedAt === null;
}

/**
 * The caption of an entity: the first value of the first of its schema's caption properties
 * that has one, else the schema label. Names that are not in Latin script come after Latin ones
 * only if the source listed them so: the first stated name wins, as the source intended.
 * @param schemaName - the entity's schema
 * @param properties - its values
 * @returns a short label
 */
export function pickCaption(schemaName: string, properties: Properties): string {
  const schema = getSchema(schemaName);
  for (const prop of schema.caption) {
    const first = properties[prop]?.[0];
    if (first !== undefined) return first;
  }
  if (schema.edge) {
    const source = properties[schema.edge.source]?.[0];
    const target = properties[schema.edge.target]?.[0];
    if (source && target) return `${schema.label}: ${source} → ${target}`;
  }
  return schema.label;
}

/**
 * Builds one entity from its statements. Only current (accepted, not retracted) statements count;
 * values keep the order of the statements given (callers pass them in the order they were stored).
 * @param id - the entity id
 * @param statements - its statements, any status
 * @returns the entity, or `undefined` when no current statement remains
 * @throws SchemaConflictError when two statements give incompatible schemata
 */
export function buildEntity(id: EntityId, statements: readonly Statement[]): Entity | undefined {
  let schema: string | undefined;
  const properties: Properties = {};
  const datasets = new Set<DatasetId>();
  let firstSeen: string | undefined;
  let lastSeen: string | undefined;
  for (const s of statements) {
    if (!isCurrent(s)) continue;
    if (schema === undefined) schema = s.schema;
    else if (s.schema !== schema) {
      const common = commonSchema(schema, s.schema);
      if (common === undefined) throw new SchemaConflictError(id, schema, s.schema);
      schema = common;
    }
    datasets.add(s.dataset);
    if (firstSeen === undefined || s.firstSeen < firstSeen) firstSeen = s.firstSeen;
    if (lastSeen === undefined || s.lastSeen > lastSeen) lastSeen = s.lastSeen;
    if (s.prop === ID_PROP) continue;
    const values = (properties[s.prop] ??= []);
    if (!values.includes(s.value)) values.push(s.value);
  }
  if (schema === undefined || firstSeen === undefined || lastSeen === undefined) return undefined;
  return {
    id,
    schema,
    caption: pickCaption(schema, properties),
    properties,
    datasets: [...datasets].sort(),
    firstSeen,
    lastSeen,
  };
}
