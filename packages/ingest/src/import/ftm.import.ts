/**
 * Import of FtM entity JSON lines: check the whole file first, then write it in transactional
 * batches. A file with any bad line writes nothing; every problem is reported with its line.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DATASET_NAME_PATTERN,
  DaylightError,
  SchemaConflictError,
  commonSchema,
  importSourceId,
  parseFtmEntity,
  type DatasetId,
  type EntityRecord,
  type ParseContext,
  type Source,
  type Statement,
} from '@daylight/core';
import type { Store } from '@daylight/store';
import { readLines } from './line-reader.js';
import type { FileSummary, ImportError, ImportProgress, ImportSummary } from './import.types.js';

/** How an import runs. */
export interface FtmImportOptions {
  /** The dataset every statement joins. */
  readonly dataset: DatasetId;
  /** Who imports (recorded on every statement). */
  readonly author: string;
  /** Entities per transaction. */
  readonly batchSize?: number;
  /** At most this many errors are listed (all are counted). */
  readonly maxErrors?: number;
  /** Called now and then with how far the import is. */
  readonly onProgress?: (progress: ImportProgress) => void;
}

/** The import cannot start (missing file, bad dataset name …). */
export class ImportSetupError extends DaylightError {
  /** @param message - what is wrong and what to do */
  constructor(message: string) {
    super('import_setup', message);
  }
}

const DEFAULT_BATCH = 1000;

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const noHash = (): string => '';
const DEFAULT_MAX_ERRORS = 1000;
const PROGRESS_EVERY = 2000;

interface ParsedLine {
  readonly line: number;
  readonly statements: Statement[];
  readonly records: EntityRecord[];
}

/**
 * Imports FtM JSON-lines files into a store, one file after the other.
 * @param store - where to write
 * @param files - paths of the files
 * @param options - dataset, author, batch size, progress callback
 * @returns what was written and every problem found
 * @throws ImportSetupError when a file cannot be read or the dataset name is invalid (nothing written)
 */
export async function importFtmFiles(
  store: Store,
  files: readonly string[],
  options: FtmImportOptions,
): Promise<ImportSummary> {
  if (!DATASET_NAME_PATTERN.test(options.dataset)) {
    throw new ImportSetupError(
      `Invalid dataset name "${options.dataset}": use lower-case letters, digits, "_" and "-" (at most 64).`,
    );
  }
  for (const file of files) {
    try {
      if (!statSync(file).isFile()) throw new Error('not a regular file');
    } catch (error) {
      throw new ImportSetupError(
        `Cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
  const errors: ImportError[] = [];
  let moreErrors = 0;
  const maxErrors = options.maxErrors ?? DEFAULT_MAX_ERRORS;
  const report = (error: ImportError): void => {
    if (errors.length < maxErrors) errors.push(error);
    else moreErrors++;
  };
  const summaries: FileSummary[] = [];
  let entities = 0;
  let statements = 0;
  let inserted = 0;
  for (const file of files) {
    const result = await importOneFile(store, file, options, report);
    summaries.push(result.summary);
    if (result.summary.written) {
      entities += result.summary.entities;
      statements += result.summary.statements;
      inserted += result.inserted;
    }
  }
  return { entities, statements, inserted, errors, moreErrors, files: summaries };
}

async function importOneFile(
  store: Store,
  file: string,
  options: FtmImportOptions,
  report: (error: ImportError) => void,
): Promise<{ summary: FileSummary; inserted: number }> {
  const totalBytes = statSync(file).size;
  const now = new Date().toISOString();
  const name = basename(file);
  const source: Source = {
    id: importSourceId(options.dataset, name),
    kind: 'import',
    dataset: options.dataset,
    title: name,
    publisher: null,
    url: null,
    publishedAt: null,
    retrievedAt: now,
    fileName: name,
    contentHash: null,
  };
  const ctx: ParseContext = { dataset: options.dataset, sourceId: source.id, author: options.author, now, hash: sha1 };

  // Pass 1: check every line; remember the schema each entity id gets within the file. Statement
  // ids are not needed to check, so this pass does not hash.
  const check = await checkFile(file, { ...ctx, hash: noHash }, totalBytes, options, report);
  if (check.errors > 0) {
    return {
      summary: {
        file,
        lines: check.lines,
        entities: check.entities,
        statements: check.statements,
        written: false,
      },
      inserted: 0,
    };
  }

  // Pass 2: write in batches; each batch is one transaction.
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let batch: ParsedLine[] = [];
  let inserted = 0;
  let firstBatch = true;
  let written = 0;
  const flush = async (): Promise<boolean> => {
    if (batch.length === 0) return true;
    const sources = firstBatch ? [{ ...source, contentHash: check.sha1 ?? null }] : [];
    try {
      const result = await store.writeBatch({
        sources,
        statements: batch.flatMap((p) => p.statements),
        records: batch.flatMap((p) => p.records),
      });
      inserted += result.inserted;
      written = batch[batch.length - 1]!.line;
      firstBatch = false;
      batch = [];
      return true;
    } catch (error) {
      if (!(error instanceof SchemaConflictError)) throw error;
      const lines = batch
        .filter((p) => p.statements.some((s) => s.entityId === error.entityId))
        .map((p) => p.line);
      report({
        file,
        line: lines[0] ?? 0,
        field: 'schema',
        message:
          `line ${lines[0] ?? '?'}: ${error.message}` +
          (written > 0
            ? ` Lines 1–${written} were imported before this batch; the rest of the file was not.`
            : ''),
      });
      return false;
    }
  };
  const pass = scanLines(file, ctx, totalBytes, 'write', options);
  for await (const parsed of pass) {
    if (parsed.kind !== 'ok') continue;
    batch.push(parsed.value);
    if (batch.length >= batchSize && !(await flush())) {
      return { summary: { file, lines: check.lines, entities: 0, statements: 0, written: false }, inserted };
    }
  }
  if (!(await flush())) {
    return { summary: { file, lines: check.lines, entities: 0, statements: 0, written: false }, inserted };
  }
  return {
    summary: {
      file,
      lines: check.lines,
      entities: check.entities,
      statements: check.statements,
      written: true,
    },
    inserted,
  };
}

type LineResult =
  | { readonly kind: 'ok'; readonly value: ParsedLine }
  | { readonly kind: 'error'; readonly errors: ImportError[] }
  | { readonly kind: 'blank' };

async function* scanLines(
  file: string,
  ctx: ParseContext,
  totalBytes: number,
  phase: 'check' | 'write',
  options: FtmImportOptions,
): AsyncGenerator<LineResult, string | undefined> {
  const reader = readLines(file);
  for await (const { number, text } of reader) {
    if (number % PROGRESS_EVERY === 0) {
      options.onProgress?.({ file, phase, bytesRead: reader.bytesRead, totalBytes, lines: number });
    }
    if (text.trim() === '') {
      yield { kind: 'blank' };
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      yield {
        kind: 'error',
        errors: [
          { file, line: number, message: `line ${number}: invalid JSON (${(error as Error).message})` },
        ],
      };
      continue;
    }
    const parsed = parseFtmEntity(raw, ctx);
    if (parsed.ok)
      yield { kind: 'ok', value: { line: number, statements: parsed.statements, records: parsed.records } };
    else {
      yield {
        kind: 'error',
        errors: parsed.problems.map((p) => ({
          file,
          line: number,
          field: p.field,
          message: `line ${number}, field ${p.field}: ${p.message}`,
        })),
      };
    }
  }
  options.onProgress?.({ file, phase, bytesRead: totalBytes, totalBytes, lines: -1 });
  return reader.sha1;
}

async function checkFile(
  file: string,
  ctx: ParseContext,
  totalBytes: number,
  options: FtmImportOptions,
  report: (error: ImportError) => void,
): Promise<{
  lines: number;
  entities: number;
  statements: number;
  errors: number;
  sha1: string | undefined;
}> {
  // Entity id → schema, to catch one id given two incompatible schemata within the file.
  const schemaOf = new Map<string, string>();
  let lines = 0;
  let entities = 0;
  let statements = 0;
  let errors = 0;
  const iterator = scanLines(file, ctx, totalBytes, 'check', options);
  for (;;) {
    const next = await iterator.next();
    if (next.done) return { lines, entities, statements, errors, sha1: next.value };
    lines++;
    const result = next.value;
    if (result.kind === 'blank') continue;
    if (result.kind === 'error') {
      errors++;
      result.errors.forEach(report);
      continue;
    }
    const { value } = result;
    entities += value.records.length;
    statements += value.statements.length;
    for (const record of value.records) {
      const schema = value.statements.find((s) => s.entityId === record.entityId)?.schema;
      if (schema === undefined) continue;
      const before = schemaOf.get(record.entityId);
      if (before === undefined) schemaOf.set(record.entityId, schema);
      else if (before !== schema && !compatible(before, schema)) {
        errors++;
        report({
          file,
          line: value.line,
          field: 'schema',
          message: `line ${value.line}, field schema: entity "${record.entityId}" was a ${before} earlier in this file and is a ${schema} here`,
        });
      }
    }
  }
}

function compatible(a: string, b: string): boolean {
  return commonSchema(a, b) !== undefined;
}
