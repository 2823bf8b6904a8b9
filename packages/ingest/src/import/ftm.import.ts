/**
 * Import of FtM entity JSON lines (nested entities included), streamed in one pass and one
 * transaction per file through the shared import runner. A file with any bad line writes nothing;
 * every problem is reported with its line and field.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { parseFtmEntity, type ParseContext } from '@daylight/core';
import type { Store } from '@daylight/store';
import { ImportSetupError } from './import.errors.js';
import {
  fileSource,
  runImport,
  writeFileItems,
  type BaseImportOptions,
  type ItemResult,
} from './import.runner.js';
import type { ImportSummary } from './import.types.js';
import { scanJsonLines } from './json-lines.scan.js';

/** How an FtM import runs (the options every import takes). */
export type FtmImportOptions = BaseImportOptions;

export { ImportSetupError };

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

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
  return runImport(files, options, async (file, report) => {
    const now = new Date().toISOString();
    const source = fileSource(file, options.dataset, now);
    const ctx: ParseContext = {
      dataset: options.dataset,
      sourceId: source.id,
      author: options.author,
      now,
      hash: sha1,
    };
    const parse = (raw: unknown, line: number): ItemResult => {
      const parsed = parseFtmEntity(raw, ctx);
      if (parsed.ok)
        return { kind: 'ok', value: { line, statements: parsed.statements, records: parsed.records } };
      return {
        kind: 'error',
        errors: parsed.problems.map((p) => ({
          file,
          line,
          field: p.field,
          message: `line ${line}, field ${p.field}: ${p.message}`,
        })),
      };
    };
    const items = scanJsonLines(file, statSync(file).size, parse, options.onProgress);
    return writeFileItems(store, file, [source], items, options, report);
  });
}
