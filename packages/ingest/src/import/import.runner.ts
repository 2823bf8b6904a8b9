/**
 * The write side every structured import shares: a stream of parsed items from one file is
 * written in batches inside one transaction; the first bad item stops the writing (the rest is
 * still read, so every problem is reported) and the whole file is rolled back.
 */
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  DATASET_NAME_PATTERN,
  SchemaConflictError,
  importSourceId,
  type DatasetId,
  type EntityRecord,
  type Source,
  type Statement,
} from '@daylight/core';
import type { EntityScope, Store } from '@daylight/store';
import { ImportSetupError } from './import.errors.js';
import type { FileSummary, ImportError, ImportProgress, ImportSummary } from './import.types.js';

/** What one record (a line, a row, a JSON element) of a file yields. */
export interface ImportItem {
  /** Where it is in the file: 1-based line (or row, or element) number. */
  readonly line: number;
  readonly statements: Statement[];
  readonly records: EntityRecord[];
  /** Entities the item states (default: its records; mapped rows keep records only when needed). */
  readonly entities?: number;
  /** Entities this item replaces in their dataset (FtM delta MOD/DEL, BODS replaced statements). */
  readonly replace?: readonly EntityScope[];
}

/** One step of reading a file. */
export type ItemResult =
  | { readonly kind: 'ok'; readonly value: ImportItem }
  | { readonly kind: 'error'; readonly errors: ImportError[] }
  | { readonly kind: 'blank' };

/** Options every import takes. */
export interface BaseImportOptions {
  /** The dataset every statement joins. */
  readonly dataset: DatasetId;
  /** Who imports (recorded on every statement). */
  readonly author: string;
  /** Items per write. */
  readonly batchSize?: number;
  /** At most this many errors are listed (all are counted). */
  readonly maxErrors?: number;
  /** Called now and then with how far the import is. */
  readonly onProgress?: (progress: ImportProgress) => void;
}

const DEFAULT_BATCH = 2000;
const DEFAULT_MAX_ERRORS = 1000;

/**
 * Checks the dataset name and that every file can be read.
 * @param files - the files
 * @param dataset - the dataset name
 * @throws ImportSetupError naming the file or the name
 */
export function checkImportSetup(files: readonly string[], dataset: string): void {
  if (!DATASET_NAME_PATTERN.test(dataset)) {
    throw new ImportSetupError(
      `Invalid dataset name "${dataset}": use lower-case letters, digits, "_" and "-" (at most 64).`,
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
}

/**
 * The import source of a file: its base name in the dataset, read now.
 * @param file - the path
 * @param dataset - the dataset
 * @param now - ISO time of the import
 * @returns the source record
 */
export function fileSource(file: string, dataset: DatasetId, now: string): Source {
  const name = basename(file);
  return {
    id: importSourceId(dataset, name),
    kind: 'import',
    dataset,
    title: name,
    publisher: null,
    url: null,
    publishedAt: null,
    retrievedAt: now,
    fileName: name,
    contentHash: null,
  };
}

/** Collects errors up to a cap. */
export class ErrorList {
  readonly errors: ImportError[] = [];
  more = 0;
  /** @param max - how many are kept */
  constructor(private readonly max: number = DEFAULT_MAX_ERRORS) {}
  /** @param error - one problem */
  readonly report = (error: ImportError): void => {
    if (this.errors.length < this.max) this.errors.push(error);
    else this.more++;
  };
}

/** Thrown inside the file's transaction to roll it back once the file turned out to be bad. */
class RollBack extends Error {}

/** The outcome of one file. */
export interface FileOutcome {
  readonly summary: FileSummary;
  readonly inserted: number;
  readonly retracted: number;
}

/**
 * Writes one file's items in one transaction.
 * @param store - where to write
 * @param file - the file (for messages)
 * @param sources - the sources its statements cite (or a function giving them once all is read)
 * @param items - the file's items, in order; the generator's return value is the file's SHA-1
 * @param options - batch size
 * @param report - where errors go
 * @returns the file's figures
 */
export async function writeFileItems(
  store: Store,
  file: string,
  sources: readonly Source[] | (() => readonly Source[]),
  items: AsyncGenerator<ItemResult, string | undefined>,
  options: { readonly batchSize?: number },
  report: (error: ImportError) => void,
): Promise<FileOutcome> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH;
  let lines = 0;
  let entities = 0;
  let statements = 0;
  let inserted = 0;
  let retracted = 0;
  let errors = 0;
  try {
    await store.writeBatches(async (write) => {
      let batch: ImportItem[] = [];
      let replaced = new Set<string>();
      const flush = async (): Promise<void> => {
        if (batch.length === 0 || errors > 0) return;
        const replace = batch.flatMap((p) => p.replace ?? []);
        try {
          // A fact repeated within a batch (a mapped row restating an entity) is written once.
          const ids = new Set<string>();
          const statements = batch
            .flatMap((p) => p.statements)
            .filter((s) => !ids.has(s.id) && ids.add(s.id));
          const result = await write({
            statements,
            records: batch.flatMap((p) => p.records),
            ...(replace.length > 0 ? { replace } : {}),
          });
          inserted += result.inserted;
          retracted += result.retracted ?? 0;
        } catch (error) {
          if (!(error instanceof SchemaConflictError)) throw error;
          const hit = batch.filter((p) => p.statements.some((s) => s.entityId === error.entityId));
          const at =
            (
              hit.find((p) =>
                p.statements.some((s) => s.entityId === error.entityId && s.schema === error.b),
              ) ?? hit[0]
            )?.line ?? 0;
          errors++;
          report({ file, line: at, field: 'schema', message: `line ${at}, field schema: ${error.message}` });
        }
        batch = [];
        replaced = new Set();
      };
      for (;;) {
        const next = await items.next();
        if (next.done) {
          await flush();
          if (errors > 0) throw new RollBack();
          await write({
            sources: (typeof sources === 'function' ? sources() : sources).map((s, i) =>
              i === 0 ? { ...s, contentHash: next.value ?? null } : s,
            ),
            statements: [],
          });
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
        entities += result.value.entities ?? result.value.records.length;
        statements += result.value.statements.length;
        if (errors > 0) continue;
        // Two replacements of one entity in one write would be ambiguous: write the first first.
        const scopes = (result.value.replace ?? []).map((r) => `${r.dataset}\u001f${r.entityId}`);
        if (scopes.some((k) => replaced.has(k))) await flush();
        scopes.forEach((k) => replaced.add(k));
        batch.push(result.value);
        if (batch.length >= batchSize) await flush();
      }
    });
  } catch (error) {
    if (!(error instanceof RollBack)) throw error;
    return { summary: { file, lines, entities, statements, written: false }, inserted: 0, retracted: 0 };
  }
  return { summary: { file, lines, entities, statements, written: true }, inserted, retracted };
}

/**
 * Runs an import over several files, one transaction each, and sums up.
 * @param files - the files, in order
 * @param options - dataset and error cap
 * @param importFile - reads and writes one file
 * @returns the summary of all files
 */
export async function runImport(
  files: readonly string[],
  options: BaseImportOptions,
  importFile: (file: string, report: (error: ImportError) => void) => Promise<FileOutcome>,
): Promise<ImportSummary> {
  checkImportSetup(files, options.dataset);
  const list = new ErrorList(options.maxErrors);
  const summaries: FileSummary[] = [];
  let entities = 0;
  let statements = 0;
  let inserted = 0;
  let retracted = 0;
  for (const file of files) {
    const result = await importFile(file, list.report);
    summaries.push(result.summary);
    if (result.summary.written) {
      entities += result.summary.entities;
      statements += result.summary.statements;
      inserted += result.inserted;
      retracted += result.retracted;
    }
  }
  return {
    entities,
    statements,
    inserted,
    ...(retracted > 0 ? { retracted } : {}),
    errors: list.errors,
    moreErrors: list.more,
    files: summaries,
  };
}
