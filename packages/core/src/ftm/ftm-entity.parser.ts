/**
 * FtM entity JSON (one object per line in FtM JSON-lines files) → statements.
 */
import { z } from 'zod';
import type { DatasetId, SourceId } from '../ids.js';
import { entityId } from '../ids.js';
import { ID_PROP, findProperty, findSchema, checkValue } from '../model/ftm.model.js';
import type { Sha1, Statement } from '../statement/statement.types.js';
import { makeStatementId } from '../statement/statement.types.js';

/** Top-level keys of an FtM entity that Daylight reads; any other key is kept in the record. */
const KNOWN_KEYS = new Set(['id', 'schema', 'properties']);

/** The raw shape of an FtM entity. Values may be nested entities (OpenSanctions' nested JSON). */
const ftmEntityShape = z.object({
  id: z.string().min(1, 'must be a non-empty string').max(1024),
  schema: z.string().min(1),
  properties: z.record(z.string(), z.array(z.unknown())).default({}),
  first_seen: z.string().optional(),
  last_seen: z.string().optional(),
});

/** What the source said about an entity beyond its properties (caption, referents, target …). */
export interface EntityRecord {
  readonly entityId: string;
  readonly dataset: DatasetId;
  /** Top-level keys other than id, schema and properties, as given. */
  readonly meta: Record<string, unknown>;
}

/** A problem with one field of one entity. */
export interface FieldProblem {
  /** JSON path inside the line, e.g. `properties.birthDate[0]`. */
  readonly field: string;
  readonly message: string;
}

/** The result of parsing one FtM entity. */
export type ParsedEntity =
  | { readonly ok: true; readonly statements: Statement[]; readonly records: EntityRecord[] }
  | { readonly ok: false; readonly problems: FieldProblem[] };

/** Context every statement of an import gets. */
export interface ParseContext {
  readonly dataset: DatasetId;
  readonly sourceId: SourceId | null;
  readonly author: string;
  /** ISO time of the import; used where the entity carries no first_seen/last_seen. */
  readonly now: string;
  /** SHA-1 for statement ids; a native one is faster than core's pure default. */
  readonly hash?: Sha1;
}

const ISO_LIKE = /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z?)?$/;

function toIso(value: string | undefined, fallback: string): string {
  if (value === undefined || !ISO_LIKE.test(value)) return fallback;
  return value.includes('T') || value.includes(' ') ? value.replace(' ', 'T') : `${value}T00:00:00`;
}

/**
 * Parses one FtM entity into statements, validating it against the FtM model. Nested entities
 * (a property value that is itself an entity object) become entities of their own, referenced
 * by id. Every problem is reported, with its JSON path; nothing is dropped silently.
 * @param raw - the parsed JSON value of one line
 * @param ctx - dataset, source, author and time of the import
 * @returns statements and records, or the problems found
 */
export function parseFtmEntity(raw: unknown, ctx: ParseContext): ParsedEntity {
  const problems: FieldProblem[] = [];
  const statements: Statement[] = [];
  const records: EntityRecord[] = [];
  visit(raw, '', ctx, statements, records, problems);
  return problems.length > 0 ? { ok: false, problems } : { ok: true, statements, records };
}

function visit(
  raw: unknown,
  path: string,
  ctx: ParseContext,
  statements: Statement[],
  records: EntityRecord[],
  problems: FieldProblem[],
): string | undefined {
  const parsed = ftmEntityShape.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      problems.push({
        field: joinPath(path, issue.path.map(String).join('.')) || '(entity)',
        message: issue.message,
      });
    }
    return undefined;
  }
  const data = parsed.data;
  const schema = findSchema(data.schema);
  if (!schema) {
    problems.push({ field: joinPath(path, 'schema'), message: `unknown FtM schema "${data.schema}"` });
    return undefined;
  }
  if (schema.abstract) {
    problems.push({
      field: joinPath(path, 'schema'),
      message: `"${data.schema}" is an abstract FtM schema; use one of its concrete descendants`,
    });
    return undefined;
  }
  const id = entityId(data.id);
  const firstSeen = toIso(data.first_seen, ctx.now);
  const lastSeen = toIso(data.last_seen, ctx.now);
  const push = (prop: string, propType: string, value: string): void => {
    statements.push({
      id: makeStatementId(
        { dataset: ctx.dataset, entityId: id, prop, value, sourceId: ctx.sourceId },
        ctx.hash,
      ),
      entityId: id,
      schema: schema.name,
      prop,
      propType,
      value,
      dataset: ctx.dataset,
      sourceId: ctx.sourceId,
      evidence: null,
      origin: 'import',
      status: 'accepted',
      author: ctx.author,
      confidence: null,
      firstSeen,
      lastSeen,
      retractedAt: null,
    });
  };
  push(ID_PROP, 'id', id);
  for (const [propName, values] of Object.entries(data.properties)) {
    const prop = findProperty(schema, propName);
    const field = joinPath(path, `properties.${propName}`);
    if (!prop) {
      problems.push({ field, message: `schema ${schema.name} has no property "${propName}"` });
      continue;
    }
    values.forEach((value, index) => {
      const at = `${field}[${index}]`;
      let text: string | undefined;
      if (typeof value === 'string') text = value;
      else if (prop.type.isEntity && typeof value === 'object' && value !== null) {
        text = visit(value, at, ctx, statements, records, problems);
        if (text === undefined) return;
      } else {
        problems.push({
          field: at,
          message: `expected a string, got ${value === null ? 'null' : typeof value}`,
        });
        return;
      }
      const problem = checkValue(prop, text);
      if (problem) problems.push({ field: at, message: problem });
      else push(prop.name, prop.type.name, text);
    });
  }
  const meta: Record<string, unknown> = {};
  if (typeof raw === 'object' && raw !== null) {
    for (const [key, value] of Object.entries(raw)) if (!KNOWN_KEYS.has(key)) meta[key] = value;
  }
  records.push({ entityId: id, dataset: ctx.dataset, meta });
  return id;
}

function joinPath(base: string, rest: string): string {
  if (base === '') return rest;
  return rest === '' ? base : `${base}.${rest}`;
}
