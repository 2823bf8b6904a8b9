/**
 * The FollowTheMoney model, from `@alephdata/followthemoney`, with the lookups Daylight needs.
 */
import ftm from '@alephdata/followthemoney';
import type { IModelDatum, Property, Schema } from '@alephdata/followthemoney';
import { ValidationError } from '../errors.js';

/**
 * Properties that newer FollowTheMoney releases define and the npm package's model (3.8.4) lacks,
 * found in real OpenSanctions data. Each is added to the schema that declares it upstream.
 */
const SUPPLEMENT: Record<string, Record<string, { label: string; type: string }>> = {
  LegalEntity: { abbreviation: { label: 'Abbreviation', type: 'name' } },
};

function supplemented(base: IModelDatum): IModelDatum {
  const schemata = { ...base.schemata };
  for (const [schemaName, props] of Object.entries(SUPPLEMENT)) {
    const schema = schemata[schemaName];
    if (!schema) continue;
    const properties = { ...schema.properties };
    for (const [name, spec] of Object.entries(props)) {
      if (properties[name]) continue;
      properties[name] = {
        name,
        qname: `${schemaName}:${name}`,
        label: spec.label,
        type: spec.type,
        maxLength: 1024,
      };
    }
    schemata[schemaName] = { ...schema, properties };
  }
  return { ...base, schemata };
}

/** The FollowTheMoney model (schemata and property types), with SUPPLEMENT applied. */
export const model = new ftm.Model(supplemented(ftm.defaultModel));

/** A FollowTheMoney schema. */
export type FtmSchema = Schema;
/** A FollowTheMoney property. */
export type FtmProperty = Property;

/**
 * The pseudo-property recorded for every entity so that an entity with no property values is
 * still known to exist (as in OpenSanctions' statement model).
 */
export const ID_PROP = 'id';

/**
 * Looks a schema up by name.
 * @param name - e.g. `Company`
 * @returns the schema, or `undefined` when FtM has none of that name
 */
export function findSchema(name: string): Schema | undefined {
  return Object.prototype.hasOwnProperty.call(model.schemata, name) ? model.schemata[name] : undefined;
}

/**
 * Looks a schema up by name.
 * @param name - e.g. `Company`
 * @returns the schema
 * @throws ValidationError when there is no such schema
 */
export function getSchema(name: string): Schema {
  const schema = findSchema(name);
  if (!schema) throw new ValidationError(`Unknown FtM schema "${name}".`, 'schema');
  return schema;
}

/**
 * Finds a property of a schema, inherited ones included.
 * @param schema - the schema
 * @param prop - the property name, e.g. `name`
 * @returns the property, or `undefined` when the schema has none of that name
 */
export function findProperty(schema: Schema, prop: string): Property | undefined {
  return propertiesOf(schema).get(prop);
}

// The npm model rebuilds a schema's property map (walking its ancestors) on every lookup;
// imports look properties up millions of times, so each map is built once here.
const propertyCache = new Map<string, Map<string, Property>>();

/**
 * Every property of a schema, inherited ones included, by name (cached).
 * @param schema - the schema
 * @returns a map from property name to property
 */
export function propertiesOf(schema: Schema): ReadonlyMap<string, Property> {
  let props = propertyCache.get(schema.name);
  if (!props) {
    props = new Map(schema.getProperties());
    propertyCache.set(schema.name, props);
  }
  return props;
}

/**
 * The most specific schema that is both `a` and `b`, when one is a descendant of the other
 * (e.g. `LegalEntity` and `Company` → `Company`).
 * @param a - a schema name
 * @param b - another schema name
 * @returns the common schema name, or `undefined` when the two are incompatible (Person vs Company)
 */
export function commonSchema(a: string, b: string): string | undefined {
  if (a === b) return a;
  const key = `${a}\u001f${b}`;
  if (commonCache.has(key)) return commonCache.get(key);
  const common = computeCommonSchema(a, b);
  commonCache.set(key, common);
  return common;
}

const commonCache = new Map<string, string | undefined>();

function computeCommonSchema(a: string, b: string): string | undefined {
  const sa = getSchema(a);
  const sb = getSchema(b);
  if (sa.isA(sb)) return a;
  if (sb.isA(sa)) return b;
  return undefined;
}

/**
 * A schema and every schema that descends from it (e.g. `LegalEntity` → Company, Organization, …).
 * @param name - a schema name
 * @returns the names, the schema itself first
 * @throws ValidationError when there is no such schema
 */
export function schemaWithDescendants(name: string): string[] {
  const schema = getSchema(name);
  return [
    schema.name,
    ...model
      .getSchemata()
      .filter((s) => s !== schema && s.isA(schema))
      .map((s) => s.name),
  ];
}

/**
 * Name-typed properties that hold names an entity mentions, not names it goes by (an Ownership's
 * `namesMentioned` lists its owner and asset): never indexed as the entity's own names.
 */
export const MENTION_PROPERTIES: ReadonlySet<string> = new Set(['namesMentioned']);

/** FtM property types whose values are names (indexed for search). */
export const NAME_TYPE = 'name';

/**
 * The properties of a schema whose type is `name` (name, alias, previousName, weakAlias …).
 * @param schema - the schema
 * @returns their names
 */
export function nameProperties(schema: Schema): string[] {
  return [...propertiesOf(schema).values()]
    .filter((p) => p.type.name === NAME_TYPE && !MENTION_PROPERTIES.has(p.name))
    .map((p) => p.name);
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?)?)?Z?$/;

/**
 * Checks one value against its property type, as FtM defines it. Lenient where real data is
 * messy (free text, names) and strict where a wrong value would mislead (dates, entity refs).
 * @param prop - the property
 * @param value - the raw value
 * @returns an error message, or `undefined` when the value is acceptable
 */
export function checkValue(prop: Property, value: string): string | undefined {
  if (value.length === 0) return 'is empty';
  const type = prop.type.name;
  if (type === 'date' && !DATE_PATTERN.test(value)) {
    return `"${value}" is not an FtM date (YYYY, YYYY-MM, YYYY-MM-DD or an ISO time stamp)`;
  }
  if (type === 'entity' && (value !== value.trim() || value.length > 1024)) {
    return `"${value.slice(0, 40)}" is not an entity id (no surrounding spaces, at most 1,024 characters)`;
  }
  return undefined;
}
