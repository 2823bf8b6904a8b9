/**
 * Import of FtM entity JSON lines, streamed in one pass and one transaction per file. A file with
 * any bad line writes nothing; every problem is reported with its line and field.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DATASET_NAME_PATTERN,
  SchemaConflictError,
  importSourceId,
  parseFtmEntity,
  type DatasetId,
  type EntityRecord,
  type ParseContext,
  type Source,
  type Statement,
} from '@daylight/core';
import type { Store } from '@daylight/store';
import { ImportSetupError } from './import.errors.js';
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

export { ImportSetupError };

const DEFAULT_BATCH = 2000;

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
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

/** Thrown inside the file's transaction to roll it back once the file turned out to be bad. */
class RollBack extends Error {}

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
  const ctx: ParseContext = {
    dataset: options.dataset,
    sourceId: source.id,
    author: options.author,
    now,
    hash: sha1,
  };
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let lines = 0;
  let entities = 0;
  let statements = 0;
  let inserted = 0;
  let errors = 0;

  // One pass, one transaction per file: lines are parsed and checked as they stream in and
  // written in batches; the first bad line stops the writing (the rest is still checked, so
  // every problem is reported) and the whole file is rolled back.
  try {
    await store.writeBatches(async (write) => {
      let batch: ParsedLine[] = [];
      const flush = async (): Promise<void> => {
        if (batch.length === 0 || errors > 0) return;
        try {
          const result = await write({
            statements: batch.flatMap((p) => p.statements),
            records: batch.flatMap((p) => p.records),
          });
          inserted += result.inserted;
        } catch (error) {
          if (!(error instanceof SchemaConflictError)) throw error;
          // The line that brought the second schema, else the first line of that entity.
          const lines = batch.filter((p) => p.statements.some((s) => s.entityId === error.entityId));
          const at =
            (
              lines.find((p) =>
                p.statements.some((s) => s.entityId === error.entityId && s.schema === error.b),
              ) ?? lines[0]
            )?.line ?? 0;
          errors++;
          report({ file, line: at, field: 'schema', message: `line ${at}, field schema: ${error.message}` });
        }
        batch = [];
      };
      const scan = scanLines(file, ctx, totalBytes, options);
      for (;;) {
        const next = await scan.next();
        if (next.done) {
          await flush();
          if (errors > 0) throw new RollBack();
          await write({ sources: [{ ...source, contentHash: next.value ?? null }], statements: [] });
          return;
        }
        lines++;
        const result = next.value;
        if (result.kind === 'blank') continue;
        if (result.kind === 'error') {
          errors++;
          result.errors.forEach(report);
          batch = [];
          continue;
        }
        entities += result.value.records.length;
        statements += result.value.statements.length;
        if (errors > 0) continue;
        batch.push(result.value);
        if (batch.length >= batchSize) await flush();
      }
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    return { summary: { file, lines, entities, statements, written: false }, inserted: 0 };
  }
  return { summary: { file, lines, entities, statements, written: true }, inserted };
}

type LineResult =
  | { readonly kind: 'ok'; readonly value: ParsedLine }
  | { readonly kind: 'error'; readonly errors: ImportError[] }
  | { readonly kind: 'blank' };

async function* scanLines(
  file: string,
  ctx: ParseContext,
  totalBytes: number,
  options: FtmImportOptions,
): AsyncGenerator<LineResult, string | undefined> {
  const reader = readLines(file);
  for await (const { number, text } of reader) {
    if (number % PROGRESS_EVERY === 0) {
      options.onProgress?.({ file, bytesRead: reader.bytesRead, totalBytes, lines: number });
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
  options.onProgress?.({ file, bytesRead: totalBytes, totalBytes, lines: -1 });
  return reader.sha1;
}
