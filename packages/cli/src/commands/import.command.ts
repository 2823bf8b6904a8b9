/**
 * `daylight import FILE... --format F [--dataset NAME] [--mapping FILE]`.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DaylightError, datasetId } from '@daylight/core';
import {
  importBodsFiles,
  importFtmDeltaFiles,
  importFtmFiles,
  importGleifFiles,
  importMappedFiles,
  type BaseImportOptions,
  type ImportProgress,
  type ImportSummary,
} from '@daylight/ingest';
import type { Store } from '@daylight/store';
import { CliUsageError, globalOptions, printJson, withStore } from '../context.js';

type Importer = (
  store: Store,
  files: string[],
  options: BaseImportOptions,
  mapping?: string,
) => Promise<ImportSummary>;

/** Formats `import` reads, and how. */
const IMPORTERS: Record<string, Importer> = {
  ftm: (store, files, options) => importFtmFiles(store, files, options),
  'ftm-delta': (store, files, options) => importFtmDeltaFiles(store, files, options),
  bods: (store, files, options) => importBodsFiles(store, files, options),
  'gleif-lei': (store, files, options) => importGleifFiles(store, files, 'lei', options),
  'gleif-rr': (store, files, options) => importGleifFiles(store, files, 'rr', options),
  csv: (store, files, options, mapping) =>
    importMappedFiles(store, files, { ...options, mapping: mapping ?? '', format: 'csv' }),
  xlsx: (store, files, options, mapping) =>
    importMappedFiles(store, files, { ...options, mapping: mapping ?? '', format: 'xlsx' }),
};
const FORMATS = Object.keys(IMPORTERS);
const NEEDS_MAPPING = new Set(['csv', 'xlsx']);
/** Formats planned next, named so a user gets a clear answer. */
const PLANNED: string[] = [];

/** The import found problems; what was written is in the summary. */
export class ImportFailedError extends DaylightError {
  /** @param summary - the import's summary */
  constructor(summary: ImportSummary) {
    const total = summary.errors.length + summary.moreErrors;
    const skipped = summary.files.filter((f) => !f.written).map((f) => f.file);
    super(
      'import_failed',
      `${total} error${total === 1 ? '' : 's'}; nothing was written from ${skipped.join(', ')}. ` +
        'Fix the lines named above and import again.',
    );
  }
}

function progressBar(enabled: boolean) {
  if (!enabled) return { update: (_p: ImportProgress) => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: 'importing {file} [{bar}] {percentage}% | {lines} lines',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (p: ImportProgress) => {
      const payload = {
        file: p.file,
        lines: p.lines < 0 ? 'all' : p.lines,
      };
      if (!started) {
        bar.start(p.totalBytes, p.bytesRead, payload);
        started = true;
      } else {
        bar.setTotal(p.totalBytes);
        bar.update(p.bytesRead, payload);
      }
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

/**
 * @param program - the root program
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description(
      'import structured data (FtM entities or deltas, CSV/XLSX with a mapping); a file with any bad record writes nothing',
    )
    .argument('<files...>', 'files to import (delta files in time order)')
    .requiredOption('--format <format>', `input format: ${FORMATS.join(', ')}`)
    .option('--dataset <name>', 'dataset to import into', 'default')
    .option('--mapping <file>', 'YAML mapping (FtM style) for csv and xlsx')
    .action(
      async (
        files: string[],
        opts: { format: string; dataset: string; mapping?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        const importer = IMPORTERS[opts.format];
        if (importer === undefined) {
          const later = PLANNED.includes(opts.format) ? ' It is planned but not available yet.' : '';
          throw new CliUsageError(
            `--format: "${opts.format}" is not supported.${later} Supported: ${FORMATS.join(', ')}.`,
          );
        }
        if (NEEDS_MAPPING.has(opts.format) && opts.mapping === undefined) {
          throw new CliUsageError(
            `--format ${opts.format} needs --mapping FILE (a YAML mapping of columns to FtM entities).`,
          );
        }
        if (!NEEDS_MAPPING.has(opts.format) && opts.mapping !== undefined) {
          throw new CliUsageError(`--mapping is only for --format csv or xlsx, not ${opts.format}.`);
        }
        const bar = progressBar(process.stderr.isTTY && !options.json);
        const summary = await withStore(options, (store) =>
          importer(
            store,
            files,
            {
              dataset: datasetId(opts.dataset),
              author: process.env.DAYLIGHT_AUTHOR ?? process.env.USER ?? 'cli',
              onProgress: (p) => bar.update(p),
            },
            opts.mapping,
          ).finally(() => bar.stop()),
        );
        if (options.json) {
          printJson(summary);
        } else {
          for (const error of summary.errors) process.stderr.write(`${error.file}: ${error.message}\n`);
          if (summary.moreErrors > 0) process.stderr.write(`… and ${summary.moreErrors} more errors\n`);
          process.stdout.write(
            `Imported ${summary.entities} entities (${summary.statements} statements, ${summary.inserted} new` +
              `${summary.retracted ? `, ${summary.retracted} retracted` : ''}) ` +
              `into dataset "${opts.dataset}" from ${summary.files.filter((f) => f.written).length} of ${files.length} files.\n`,
          );
        }
        if (summary.errors.length > 0) throw new ImportFailedError(summary);
      },
    );
}
