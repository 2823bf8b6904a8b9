/**
 * Import of CSV and XLSX files through an FtM-style YAML mapping (see `@daylight/core`
 * `compileMapping`). Tables are streamed; a query that joins tables streams the table that
 * takes part in the most joins and holds the others in memory, indexed by their join columns.
 * Every entity gets the most specific schema any query gave it (a first pass collects these, so
 * that `LegalEntity` from one query and `Person` from another make one Person). All files of
 * one mapping are written in one transaction: a row with any problem writes nothing.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse as parseYaml } from 'yaml';
import {
  MappingError,
  commonSchema,
  compileMapping,
  mapRecord,
  parseFtmEntity,
  passesFilters,
  type CompiledMapping,
  type CompiledQuery,
  type MappedEntity,
  type MappingRecord,
  type ParseContext,
  type Source,
} from '@daylight/core';
import type { Store } from '@daylight/store';
import { ImportSetupError } from './import.errors.js';
import {
  checkImportSetup,
  fileSource,
  runImport,
  writeFileItems,
  type BaseImportOptions,
  type ItemResult,
} from './import.runner.js';
import type { ImportError, ImportSummary } from './import.types.js';
import { readCsv, readXlsx, type TableReader } from './table.reader.js';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const PROGRESS_EVERY = 2000;

/** How a mapped import runs. */
export interface MappingImportOptions extends BaseImportOptions {
  /** The YAML mapping file. */
  readonly mapping: string;
  /** How the data files are read (default: from the file extension). */
  readonly format?: 'csv' | 'xlsx';
  /** A compiled mapping to use instead of reading `mapping` (built-in formats such as GLEIF). */
  readonly compiled?: CompiledMapping;
  /** Derives extra columns from each row before mapping (built-in formats). */
  readonly prepare?: (values: Record<string, string>) => Record<string, string>;
}

/** A joined record with where it came from. */
interface SourcedRecord {
  readonly record: MappingRecord;
  readonly file: string;
  readonly row: number;
}

/**
 * Reads and compiles a mapping file.
 * @param path - the YAML file
 * @returns the compiled mapping
 * @throws ImportSetupError naming the file and the place in the mapping
 */
export function loadMapping(path: string): CompiledMapping {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ImportSetupError(`Cannot read mapping ${path}: ${(error as Error).message}`);
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new ImportSetupError(`Mapping ${path} is not valid YAML: ${(error as Error).message}`);
  }
  try {
    return compileMapping(raw);
  } catch (error) {
    if (error instanceof MappingError) {
      throw new ImportSetupError(
        `Mapping ${path}, at ${error.message}. Fix the mapping and run the import again.`,
      );
    }
    throw error;
  }
}

function stem(name: string): string {
  const base = basename(name);
  const dot = base.indexOf('.');
  return dot > 0 ? base.slice(0, dot) : base;
}

/**
 * Which data file holds a table: the file of that base name, else the file whose name up to
 * the first dot is the table's, else the only file given.
 */
function resolveTable(table: string, files: readonly string[], mapping: string): string {
  const exact = files.filter((f) => basename(f) === basename(table));
  if (exact.length === 1 && exact[0] !== undefined) return exact[0];
  const byStem = files.filter((f) => stem(f) === stem(table));
  if (byStem.length === 1 && byStem[0] !== undefined) return byStem[0];
  if (files.length === 1 && files[0] !== undefined) return files[0];
  throw new ImportSetupError(
    `Mapping ${mapping} reads table "${table}", and ${byStem.length > 1 ? 'several files match' : 'no file matches'} it ` +
      `among ${files.map((f) => basename(f)).join(', ')}. Name the file ${table}.csv (or .xlsx).`,
  );
}

function openTable(file: string, table: string, format: 'csv' | 'xlsx' | undefined): TableReader {
  const kind = format ?? (/\.xlsx$/i.test(file) ? 'xlsx' : 'csv');
  if (kind === 'csv') return readCsv(file);
  // In a workbook, a table is a sheet of that name; a file named after the table is its first sheet.
  const firstSheet = table === '' || stem(file) === stem(table) || basename(file) === basename(table);
  return readXlsx(file, firstSheet ? undefined : table);
}

/**
 * Streams the records of a query: rows of its one table, or the rows of its joined tables.
 */
async function* queryRecords(
  query: CompiledQuery,
  files: readonly string[],
  options: MappingImportOptions,
  tick: (file: string, reader: TableReader, row: number) => void,
): AsyncGenerator<SourcedRecord | { error: ImportError }> {
  const located = query.tables.map((t) => ({ ...t, file: resolveTable(t.table, files, options.mapping) }));
  if (query.joins.length === 0 && located.length === 1 && located[0] !== undefined) {
    const { file, table, alias } = located[0];
    const reader = openTable(file, table, options.format);
    for await (const row of reader) {
      if (row.row % PROGRESS_EVERY === 0) tick(file, reader, row.row);
      if (row.extra > 0) {
        yield { error: extraCells(file, row.row, row.extra) };
        continue;
      }
      const values = options.prepare ? options.prepare(row.values) : row.values;
      const record = alias === undefined ? values : prefixed(alias, values);
      if (passesFilters(query, record)) yield { record, file, row: row.row };
    }
    return;
  }
  // Joins: the table in the most joins is streamed, the others are indexed in memory.
  const count = (alias: string | undefined): number =>
    query.joins.filter((j) => j.left.startsWith(`${alias}.`) || j.right.startsWith(`${alias}.`)).length;
  const driver = located.reduce((best, t) => (count(t.alias) >= count(best.alias) ? t : best));
  const held = new Map<string, Array<Record<string, string>>>();
  for (const t of located) {
    if (t === driver || t.alias === undefined) continue;
    const rows: Array<Record<string, string>> = [];
    for await (const row of openTable(t.file, t.table, options.format))
      rows.push(prefixed(t.alias, row.values));
    held.set(t.alias, rows);
  }
  const indexes = new Map<string, Map<string, Array<Record<string, string>>>>();
  const index = (alias: string, column: string): Map<string, Array<Record<string, string>>> => {
    const key = `${alias}.${column}`;
    let idx = indexes.get(key);
    if (!idx) {
      idx = new Map();
      for (const r of held.get(alias) ?? []) {
        const v = r[key]?.trim();
        if (v === undefined || v === '') continue;
        const list = idx.get(v);
        if (list) list.push(r);
        else idx.set(v, [r]);
      }
      indexes.set(key, idx);
    }
    return idx;
  };
  const reader = openTable(driver.file, driver.table, options.format);
  const driverAlias = driver.alias ?? driver.table;
  for await (const row of reader) {
    if (row.row % PROGRESS_EVERY === 0) tick(driver.file, reader, row.row);
    if (row.extra > 0) {
      yield { error: extraCells(driver.file, row.row, row.extra) };
      continue;
    }
    let partial: Array<{ record: Record<string, string>; bound: Set<string> }> = [
      { record: prefixed(driverAlias, row.values), bound: new Set([driverAlias]) },
    ];
    for (const t of located) {
      if (t === driver || t.alias === undefined) continue;
      const alias = t.alias;
      const next: typeof partial = [];
      for (const p of partial) {
        const conditions = query.joins.flatMap((j) => {
          const [la, lc] = split(j.left);
          const [ra, rc] = split(j.right);
          if (la === alias && p.bound.has(ra)) return [{ column: lc, value: p.record[j.right] }];
          if (ra === alias && p.bound.has(la)) return [{ column: rc, value: p.record[j.left] }];
          return [];
        });
        const first = conditions[0];
        const candidates =
          first === undefined
            ? (held.get(alias) ?? [])
            : (index(alias, first.column).get(first.value?.trim() ?? '') ?? []);
        for (const candidate of candidates) {
          if (!conditions.every((c) => candidate[`${alias}.${c.column}`]?.trim() === c.value?.trim()))
            continue;
          next.push({ record: { ...p.record, ...candidate }, bound: new Set([...p.bound, alias]) });
        }
      }
      partial = next;
    }
    for (const p of partial)
      if (passesFilters(query, p.record)) yield { record: p.record, file: driver.file, row: row.row };
  }
}

function split(side: string): [string, string] {
  const dot = side.indexOf('.');
  return [side.slice(0, dot), side.slice(dot + 1)];
}

function prefixed(alias: string, values: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) out[`${alias}.${k}`] = v;
  return out;
}

function extraCells(file: string, row: number, extra: number): ImportError {
  return {
    file,
    line: row,
    message: `row ${row}: ${extra} cell${extra === 1 ? '' : 's'} more than the header has; check the quoting of that row`,
  };
}

/**
 * Imports CSV or XLSX files through an FtM-style mapping, in one transaction.
 * @param store - where to write
 * @param files - the data files the mapping's tables (or `csv_url`s) name
 * @param options - mapping file, dataset, author, progress
 * @returns what was written and every problem found (file, row, field)
 * @throws ImportSetupError for an unreadable file, a bad mapping or a table no file matches
 */
export async function importMappedFiles(
  store: Store,
  files: readonly string[],
  options: MappingImportOptions,
): Promise<ImportSummary> {
  const mapping = options.compiled ?? loadMapping(options.mapping);
  // Resolve every table before reading anything.
  for (const q of mapping.queries) for (const t of q.tables) resolveTable(t.table, files, options.mapping);
  const label = files.length === 1 && files[0] !== undefined ? files[0] : files.join(' + ');
  const totalBytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const tick = (file: string, reader: TableReader, row: number): void => {
    options.onProgress?.({
      file: basename(file),
      bytesRead: Math.min(totalBytes, reader.bytesRead),
      totalBytes,
      lines: row,
    });
  };
  checkImportSetup(options.compiled ? files : [...files, options.mapping], options.dataset);
  // The data files of one mapping are one unit (queries join them): one transaction for all.
  return runImport(
    options.compiled ? files.slice(0, 1) : [options.mapping],
    options,
    async (_file, report) => {
      const now = new Date().toISOString();
      const sources = new Map<string, Source>(files.map((f) => [f, fileSource(f, options.dataset, now)]));
      // Pass 1: the schema of every entity, merged over all queries and rows.
      const schemata = new Map<string, string>();
      const conflicts = new Map<string, ImportError>();
      // FtM hashes the sorted key values, so A→B and B→A (mutual shareholdings) would get one id;
      // distinct key values in the mapping's order are kept apart: the first keeps FtM's id, a
      // later one gets an id of its own.
      const tuples = new Map<string, string>();
      const renamed = new Map<string, string>();
      const resolve = (ftmId: string, tuple: string): string =>
        renamed.get(`${ftmId}\u001f${tuple}`) ?? ftmId;
      const claim = (ftmId: string, tuple: string): string => {
        const first = tuples.get(ftmId);
        if (first === undefined) tuples.set(ftmId, tuple);
        else if (first !== tuple) {
          const key = `${ftmId}\u001f${tuple}`;
          if (!renamed.has(key)) renamed.set(key, sha1(key));
        }
        return resolve(ftmId, tuple);
      };
      for (const query of mapping.queries) {
        for await (const item of queryRecords(query, files, options, tick)) {
          if ('error' in item) continue;
          for (const entity of mapRecord(query, item.record, sha1, claim)) {
            const before = schemata.get(entity.id);
            if (before === undefined) schemata.set(entity.id, entity.schema);
            else {
              const common = commonSchema(before, entity.schema);
              if (common !== undefined) schemata.set(entity.id, common);
              else if (!conflicts.has(entity.id)) {
                conflicts.set(entity.id, {
                  file: item.file,
                  line: item.row,
                  field: 'schema',
                  message: `row ${item.row}, query ${query.index + 1}: entity ${entity.id} is mapped as both ${before} and ${entity.schema}; FtM has no schema that is both. Fix the mapping's schemata or filters.`,
                });
              }
            }
          }
        }
      }
      // Pass 2: statements.
      const items = async function* (): AsyncGenerator<ItemResult, string | undefined> {
        for (const error of conflicts.values()) yield { kind: 'error', errors: [error] };
        for (const query of mapping.queries) {
          for await (const item of queryRecords(query, files, options, tick)) {
            if ('error' in item) {
              yield { kind: 'error', errors: [item.error] };
              continue;
            }
            const source = sources.get(item.file);
            const ctx: ParseContext = {
              dataset: options.dataset,
              sourceId: source?.id ?? null,
              author: options.author,
              now,
              hash: sha1,
            };
            const mapped = mapRecord(query, item.record, sha1, resolve);
            yield toItem(mapped, schemata, ctx, item);
          }
        }
        return undefined;
      };
      return writeFileItems(store, label, [...sources.values()], items(), options, report);
    },
  );
}

function toItem(
  mapped: readonly MappedEntity[],
  schemata: Map<string, string>,
  ctx: ParseContext,
  at: SourcedRecord,
): ItemResult {
  const statements = [];
  const records = [];
  const errors: ImportError[] = [];
  for (const entity of mapped) {
    const raw: Record<string, unknown> = {
      id: entity.id,
      schema: schemata.get(entity.id) ?? entity.schema,
      properties: entity.properties,
    };
    // Values that could not be read as their type, and properties whose cells were empty, are
    // kept with the entity's record instead of being dropped silently.
    if (Object.keys(entity.unparsed).length > 0) raw.unparsed = entity.unparsed;
    if (entity.missing.length > 0) raw.unknown = entity.missing;
    const parsed = parseFtmEntity(raw, ctx);
    if (parsed.ok) {
      statements.push(...parsed.statements);
      if (raw.unparsed !== undefined || raw.unknown !== undefined) records.push(...parsed.records);
    } else {
      for (const p of parsed.problems) {
        errors.push({
          file: at.file,
          line: at.row,
          field: p.field,
          message: `row ${at.row}, entity ${entity.id}, field ${p.field}: ${p.message}`,
        });
      }
    }
  }
  if (errors.length > 0) return { kind: 'error', errors };
  return { kind: 'ok', value: { line: at.row, statements, records, entities: mapped.length } };
}
