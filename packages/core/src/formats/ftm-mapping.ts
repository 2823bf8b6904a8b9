/**
 * FtM-style mappings: a YAML document that says how the rows of tables (CSV files, spreadsheet
 * sheets) become FtM entities, in the style of FollowTheMoney's own mapping files: entity keys
 * (hashed into ids), schema, property columns, literal values, templates, references between the
 * entities of one row, filters, and joins between tables. This module is pure: it compiles the
 * mapping and maps one record (one row, or one joined row) at a time; reading files is the
 * importer's job.
 */
import { z } from 'zod';
import {
  findProperty,
  findSchema,
  propertiesOf,
  type FtmProperty,
  type FtmSchema,
} from '../model/ftm.model.js';
import type { Sha1 } from '../statement/statement.types.js';
import { sha1Hex } from '../util/sha1.js';
import { countryCode } from './country.lookup.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]).transform(String);
const oneOrMany = z.union([scalar, z.array(scalar)]).transform((v) => (Array.isArray(v) ? v : [v]));

const propertySpec = z
  .object({
    column: z.string().optional(),
    columns: z.array(z.string()).optional(),
    literal: scalar.optional(),
    literals: z.array(scalar).optional(),
    template: z.string().optional(),
    entity: z.string().optional(),
    required: z.boolean().optional(),
    format: z.string().optional(),
    formats: z.array(z.string()).optional(),
    split: z.string().optional(),
    join: z.string().optional(),
  })
  .strict();

const entitySpec = z
  .object({
    schema: z.string().min(1),
    key: oneOrMany.optional(),
    keys: oneOrMany.optional(),
    key_literal: scalar.optional(),
    id_column: z.string().optional(),
    properties: z.record(z.string(), propertySpec).default({}),
  })
  .strict();

const tableSpec = z.union([
  z.string().transform((table) => ({ table, alias: table })),
  z.object({ table: z.string(), alias: z.string().optional() }).transform((t) => ({
    table: t.table,
    alias: t.alias ?? t.table,
  })),
]);

const querySpec = z
  .object({
    database: z.string().optional(),
    csv_url: z.string().optional(),
    csv_urls: z.array(z.string()).optional(),
    table: z.string().optional(),
    tables: z.array(tableSpec).optional(),
    joins: z.array(z.object({ left: z.string(), right: z.string() }).strict()).optional(),
    filters: z.record(z.string(), oneOrMany).optional(),
    filters_not: z.record(z.string(), oneOrMany).optional(),
    entities: z.record(z.string(), entitySpec),
  })
  .strict();

/** The raw shape of one query of a mapping (zod). */
export type QuerySpec = z.infer<typeof querySpec>;

/** A table a query reads, by the name the mapping gives it and the alias its columns carry. */
export interface MappingTable {
  /** Table name, sheet name or CSV file name (for `csv_url`). */
  readonly table: string;
  /** Prefix of its columns in records (`alias.column`), or `undefined` for bare column names. */
  readonly alias: string | undefined;
}

/** A property of a mapped entity, compiled. */
interface CompiledProperty {
  readonly name: string;
  readonly prop: FtmProperty;
  readonly spec: z.infer<typeof propertySpec>;
  /** Columns the template refers to. */
  readonly templateRefs: string[];
}

/** An entity of a query, compiled. */
export interface CompiledEntity {
  /** The name the mapping gives it (used by references). */
  readonly name: string;
  readonly schema: FtmSchema;
  readonly keys: string[];
  readonly seed: string;
  readonly idColumn: string | undefined;
  readonly properties: CompiledProperty[];
}

/** One query: which tables, how they join, which rows, which entities. */
export interface CompiledQuery {
  /** 0-based position in the mapping, for messages. */
  readonly index: number;
  readonly tables: MappingTable[];
  readonly joins: Array<{ left: string; right: string }>;
  readonly filters: Record<string, string[]>;
  readonly filtersNot: Record<string, string[]>;
  /** In dependency order: an entity comes after the entities it refers to. */
  readonly entities: CompiledEntity[];
}

/** A compiled mapping. */
export interface CompiledMapping {
  readonly queries: CompiledQuery[];
}

/** The mapping is not usable; `path` says where in the YAML. */
export class MappingError extends Error {
  /**
   * @param path - where in the mapping (e.g. `queries[0].entities.donor.schema`)
   * @param message - what is wrong
   */
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(`${path}: ${message}`);
  }
}

/** A row as read: column (or `alias.column`) → raw cell text; absent or undefined when empty. */
export type MappingRecord = Readonly<Record<string, string | undefined>>;

/** An entity mapped from one record. */
export interface MappedEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Record<string, string[]>;
  /** Values that could not be read as their property's type (kept here, not dropped). */
  readonly unparsed: Record<string, string[]>;
  /** Properties whose source cells were empty in this record (the value is unknown). */
  readonly missing: string[];
  /** The key values in the mapping's order (FtM's id sorts them, which can merge A→B and B→A). */
  readonly keyTuple: string;
}

/**
 * Decides the final id of a mapped entity from FtM's id and the ordered key values; importers
 * use it to keep apart entities whose key values are the same set in another order.
 */
export type IdResolver = (ftmId: string, keyTuple: string) => string;

/**
 * Compiles a parsed mapping document. Accepted shapes: one query (`entities:` at the top), a
 * list of queries (`queries:`), or FtM's dataset form (`<dataset>: {queries: [...]}`), whose
 * dataset name seeds the entity keys as FtM does.
 * @param raw - the YAML document, parsed
 * @returns the compiled mapping
 * @throws MappingError naming the path of the first problem
 */
export function compileMapping(raw: unknown): CompiledMapping {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MappingError('(mapping)', 'expected a YAML mapping (key: value pairs) at the top');
  }
  const top = raw as Record<string, unknown>;
  const found: Array<{ path: string; query: unknown; prefix: string }> = [];
  if ('entities' in top) found.push({ path: '', query: raw, prefix: '' });
  else if ('queries' in top) addQueries(found, top.queries, 'queries', '');
  else {
    for (const [name, value] of Object.entries(top)) {
      const queries =
        typeof value === 'object' && value !== null ? (value as Record<string, unknown>).queries : undefined;
      if (queries === undefined)
        throw new MappingError(name, 'expected "queries:" (or "entities:" at the top)');
      addQueries(found, queries, `${name}.queries`, name);
    }
  }
  if (found.length === 0) throw new MappingError('(mapping)', 'no query to run');
  return { queries: found.map((f, index) => compileQuery(f.query, f.path, f.prefix, index)) };
}

function addQueries(
  found: Array<{ path: string; query: unknown; prefix: string }>,
  queries: unknown,
  path: string,
  prefix: string,
): void {
  const list = Array.isArray(queries) ? queries : [queries];
  list.forEach((query, i) =>
    found.push({ path: Array.isArray(queries) ? `${path}[${i}]` : path, query, prefix }),
  );
}

function at(base: string, rest: string): string {
  return base === '' ? rest : `${base}.${rest}`;
}

function compileQuery(raw: unknown, path: string, prefix: string, index: number): CompiledQuery {
  const parsed = querySpec.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = at(path, issue?.path.map(String).join('.') ?? '');
    throw new MappingError(where || '(query)', issue?.message ?? 'invalid query');
  }
  const q = parsed.data;
  let tables: MappingTable[];
  if (q.tables !== undefined && q.tables.length > 0)
    tables = q.tables.map((t) => ({ table: t.table, alias: t.alias }));
  else {
    const name = q.table ?? q.csv_url ?? q.csv_urls?.[0];
    tables = [{ table: name ?? '', alias: undefined }];
  }
  const joins = (q.joins ?? []).map((j) => ({ left: j.left, right: j.right }));
  const aliases = new Set(tables.map((t) => t.alias));
  joins.forEach((j, i) => {
    for (const side of [j.left, j.right]) {
      const alias = side.split('.')[0];
      if (!side.includes('.') || !aliases.has(alias))
        throw new MappingError(
          at(path, `joins[${i}]`),
          `"${side}" must be alias.column of one of the query's tables`,
        );
    }
  });
  const entities = new Map<string, CompiledEntity>();
  const refs = new Map<string, string[]>();
  for (const [name, spec] of Object.entries(q.entities)) {
    const where = at(path, `entities.${name}`);
    const schema = findSchema(spec.schema);
    if (!schema) throw new MappingError(`${where}.schema`, `unknown FtM schema "${spec.schema}"`);
    const keys = [...(spec.key ?? []), ...(spec.keys ?? [])];
    if (keys.length === 0 && spec.id_column === undefined)
      throw new MappingError(where, 'give "key", "keys" or "id_column" so that the entity gets an id');
    const properties: CompiledProperty[] = [];
    const entityRefs: string[] = [];
    for (const [propName, propSpec] of Object.entries(spec.properties)) {
      const prop = findProperty(schema, propName);
      if (!prop)
        throw new MappingError(
          `${where}.properties.${propName}`,
          `schema ${schema.name} has no property "${propName}"`,
        );
      if (propSpec.entity !== undefined) {
        if (!prop.type.isEntity)
          throw new MappingError(
            `${where}.properties.${propName}`,
            `"entity:" needs an entity-typed property`,
          );
        if (!(propSpec.entity in q.entities))
          throw new MappingError(
            `${where}.properties.${propName}.entity`,
            `no entity "${propSpec.entity}" in this query`,
          );
        entityRefs.push(propSpec.entity);
      }
      const templateRefs = [...(propSpec.template ?? '').matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map(
        (m) => m[1] ?? '',
      );
      properties.push({ name: propName, prop, spec: propSpec, templateRefs });
    }
    // Country values first: FtM maps them first too, so that other values may depend on them.
    properties.sort(
      (a, b) => Number(b.prop.type.name === 'country') - Number(a.prop.type.name === 'country'),
    );
    refs.set(name, entityRefs);
    entities.set(name, {
      name,
      schema,
      keys,
      seed: `${prefix}${spec.key_literal ?? ''}`,
      idColumn: spec.id_column,
      properties,
    });
  }
  return {
    index,
    tables,
    joins,
    filters: q.filters ?? {},
    filtersNot: q.filters_not ?? {},
    entities: dependencyOrder(entities, refs, path),
  };
}

function dependencyOrder(
  entities: Map<string, CompiledEntity>,
  refs: Map<string, string[]>,
  path: string,
): CompiledEntity[] {
  const out: CompiledEntity[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (name: string): void => {
    const s = state.get(name);
    if (s === 'done') return;
    if (s === 'visiting')
      throw new MappingError(at(path, `entities.${name}`), 'entities refer to each other in a cycle');
    state.set(name, 'visiting');
    for (const ref of refs.get(name) ?? []) visit(ref);
    state.set(name, 'done');
    const entity = entities.get(name);
    if (entity) out.push(entity);
  };
  for (const name of entities.keys()) visit(name);
  return out;
}

/** Compares strings by code point, as Python's sort does. */
function byCodePoint(a: string, b: string): number {
  const ca = [...a];
  const cb = [...b];
  for (let i = 0; i < Math.min(ca.length, cb.length); i++) {
    const x = ca[i]?.codePointAt(0) ?? 0;
    const y = cb[i]?.codePointAt(0) ?? 0;
    if (x !== y) return x - y;
  }
  return ca.length - cb.length;
}

function clean(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

/**
 * Whether a record passes a query's filters (values compared after trimming).
 * @param query - the query
 * @param record - the record
 * @returns true when the record is to be mapped
 */
export function passesFilters(query: CompiledQuery, record: MappingRecord): boolean {
  for (const [column, allowed] of Object.entries(query.filters)) {
    if (!allowed.includes(clean(record[column]) ?? '')) return false;
  }
  for (const [column, refused] of Object.entries(query.filtersNot)) {
    if (refused.includes(clean(record[column]) ?? '')) return false;
  }
  return true;
}

/**
 * The id FtM gives a mapped entity: SHA-1 of the key seed (dataset name and key literal)
 * followed by the record's non-empty key values, trimmed and sorted.
 * @param entity - the compiled entity
 * @param record - the record
 * @param hash - SHA-1
 * @returns the id, or `undefined` when every key is empty
 */
export function mappedEntityId(
  entity: CompiledEntity,
  record: MappingRecord,
  hash: Sha1 = sha1Hex,
): string | undefined {
  if (entity.idColumn !== undefined) return clean(record[entity.idColumn]);
  const values = entity.keys.map((k) => clean(record[k])).filter((v): v is string => v !== undefined);
  if (values.length === 0) return undefined;
  return hash(entity.seed + values.sort(byCodePoint).join(''));
}

/**
 * Maps one record through one query: the entities it yields, in dependency order. An entity
 * without a key value, or without one of its `required` properties, is not yielded (and
 * references to it are left out), as FtM does.
 * @param query - the compiled query
 * @param record - the record (already filtered)
 * @param hash - SHA-1 for ids
 * @param resolve - turns FtM's id into the final one (default: FtM's id as is)
 * @returns the mapped entities
 */
export function mapRecord(
  query: CompiledQuery,
  record: MappingRecord,
  hash: Sha1 = sha1Hex,
  resolve?: IdResolver,
): MappedEntity[] {
  const made = new Map<string, MappedEntity>();
  for (const entity of query.entities) {
    const ftmId = mappedEntityId(entity, record, hash);
    if (ftmId === undefined) continue;
    const keyTuple = [entity.seed, ...entity.keys.map((k) => clean(record[k]) ?? '')].join('\u001f');
    const id = resolve ? resolve(ftmId, keyTuple) : ftmId;
    const properties: Record<string, string[]> = {};
    const unparsed: Record<string, string[]> = {};
    const missing: string[] = [];
    const add = (target: Record<string, string[]>, prop: string, value: string): void => {
      const list = (target[prop] ??= []);
      if (!list.includes(value)) list.push(value);
    };
    let complete = true;
    for (const p of entity.properties) {
      const before = properties[p.name]?.length ?? 0;
      if (p.spec.entity !== undefined) {
        const other = made.get(p.spec.entity);
        if (other) {
          add(properties, p.name, other.id);
          inlineNames(entity.schema, other, (value) => add(properties, 'namesMentioned', value));
        }
      } else {
        const columns = [...(p.spec.column === undefined ? [] : [p.spec.column]), ...(p.spec.columns ?? [])];
        for (const value of rawValues(p, record)) {
          const read = readValue(p, value);
          if (read === undefined) continue;
          if (read.ok) add(properties, p.name, read.value);
          else add(unparsed, p.name, read.value);
        }
        if (columns.length > 0 && columns.every((c) => clean(record[c]) === undefined)) missing.push(p.name);
      }
      if (p.spec.required === true && (properties[p.name]?.length ?? 0) === before) complete = false;
    }
    if (!complete) continue;
    made.set(entity.name, { id, schema: entity.schema.name, properties, unparsed, missing, keyTuple });
  }
  return query.entities.flatMap((e) => {
    const m = made.get(e.name);
    return m ? [m] : [];
  });
}

/**
 * FtM's "inline names": an entity that can mention names (a payment, an ownership) also gets
 * the names of the entities it refers to, so that a search for a party finds the relation.
 */
function inlineNames(schema: FtmSchema, other: MappedEntity, add: (value: string) => void): void {
  if (!propertiesOf(schema).has('namesMentioned')) return;
  const otherSchema = findSchema(other.schema);
  if (!otherSchema) return;
  for (const [name, values] of Object.entries(other.properties)) {
    if (findProperty(otherSchema, name)?.type.name === 'name') values.forEach(add);
  }
}

function rawValues(p: CompiledProperty, record: MappingRecord): string[] {
  let values: string[] = [];
  if (p.spec.template !== undefined) {
    values.push(p.spec.template.replace(/\{\{\s*([^}]+?)\s*\}\}/g, (_m, ref: string) => record[ref] ?? ''));
  }
  if (p.spec.literal !== undefined) values.push(p.spec.literal);
  values.push(...(p.spec.literals ?? []));
  for (const column of [...(p.spec.column === undefined ? [] : [p.spec.column]), ...(p.spec.columns ?? [])]) {
    const value = record[column];
    if (value !== undefined) values.push(value);
  }
  if (p.spec.split !== undefined) {
    const sep = p.spec.split;
    values = values.flatMap((v) => v.split(sep));
  }
  if (p.spec.join !== undefined) {
    const parts = values.map(clean).filter((v): v is string => v !== undefined);
    values = parts.length > 0 ? [parts.join(p.spec.join)] : [];
  }
  return values;
}

const DATE_PATTERN = /^\d{4}(-\d{2}(-\d{2}(T\d{2}(:\d{2}(:\d{2}(\.\d+)?)?)?)?)?)?Z?$/;

function readValue(
  p: CompiledProperty,
  raw: string,
): { ok: true; value: string } | { ok: false; value: string } | undefined {
  const value = clean(raw);
  if (value === undefined) return undefined;
  switch (p.prop.type.name) {
    case 'country': {
      const code = countryCode(value);
      return code === undefined ? { ok: false, value } : { ok: true, value: code };
    }
    case 'date': {
      const formats = [...(p.spec.format === undefined ? [] : [p.spec.format]), ...(p.spec.formats ?? [])];
      for (const format of formats) {
        const parsed = parseDate(value, format);
        if (parsed !== undefined) return { ok: true, value: parsed };
      }
      if (DATE_PATTERN.test(value)) return { ok: true, value };
      // An ISO time stamp with a UTC offset: the calendar date as written.
      const stamp = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:?\d{2}|Z)$/.exec(value);
      return stamp?.[1] ? { ok: true, value: stamp[1] } : { ok: false, value };
    }
    default:
      return { ok: true, value };
  }
}

/**
 * Reads a date with a strptime-style format (`%Y`, `%y`, `%m`, `%d`, `%H`, `%M`, `%S`; other
 * characters literal).
 * @param value - the text
 * @param format - e.g. `%d.%m.%Y`
 * @returns an ISO date (or date-time) with the precision the format gives, or `undefined`
 */
export function parseDate(value: string, format: string): string | undefined {
  const parts: Record<string, string> = {};
  let pattern = '^';
  const order: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const c = format[i] ?? '';
    if (c === '%' && i + 1 < format.length) {
      const d = format[++i] ?? '';
      const width: Record<string, string> = {
        Y: '(\\d{4})',
        y: '(\\d{2})',
        m: '(\\d{1,2})',
        d: '(\\d{1,2})',
        H: '(\\d{1,2})',
        M: '(\\d{2})',
        S: '(\\d{2})',
      };
      const group = width[d];
      if (group === undefined) return undefined;
      pattern += group;
      order.push(d);
    } else pattern += c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  const match = new RegExp(`${pattern}$`).exec(value);
  if (!match) return undefined;
  order.forEach((d, i) => (parts[d] = match[i + 1] ?? ''));
  const year =
    parts.Y ?? (parts.y === undefined ? undefined : `${Number(parts.y) < 70 ? '20' : '19'}${parts.y}`);
  if (year === undefined) return undefined;
  const two = (s: string | undefined): string | undefined =>
    s === undefined ? undefined : s.padStart(2, '0');
  const month = two(parts.m);
  const day = two(parts.d);
  if (month !== undefined && (Number(month) < 1 || Number(month) > 12)) return undefined;
  if (day !== undefined && (Number(day) < 1 || Number(day) > 31)) return undefined;
  let out = year;
  if (month !== undefined) out += `-${month}`;
  if (month !== undefined && day !== undefined) out += `-${day}`;
  const hour = two(parts.H);
  if (day !== undefined && hour !== undefined) {
    out += `T${hour}`;
    if (parts.M !== undefined) out += `:${parts.M}`;
    if (parts.M !== undefined && parts.S !== undefined) out += `:${parts.S}`;
  }
  return out;
}
