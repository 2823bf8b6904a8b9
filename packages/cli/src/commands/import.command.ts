/**
 * `daylight import FILE... --format ftm [--dataset NAME]`.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { DaylightError, datasetId } from '@daylight/core';
import { importFtmFiles, type ImportProgress, type ImportSummary } from '@daylight/ingest';
import { CliUsageError, globalOptions, printJson, withStore } from '../context.js';

/** Formats `import` reads now. */
const FORMATS = ['ftm'] as const;
/** Formats planned next, named so a user gets a clear answer. */
const PLANNED = ['ftm-delta', 'bods', 'gleif-lei', 'gleif-rr', 'csv', 'xlsx'];

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
    .description('import structured data (FtM entity JSON lines); a file with any bad line writes nothing')
    .argument('<files...>', 'files to import')
    .requiredOption('--format <format>', `input format: ${FORMATS.join(', ')}`)
    .option('--dataset <name>', 'dataset to import into', 'default')
    .action(async (files: string[], opts: { format: string; dataset: string }, command: Command) => {
      const options = globalOptions(command);
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        const later = PLANNED.includes(opts.format) ? ' It is planned but not available yet.' : '';
        throw new CliUsageError(
          `--format: "${opts.format}" is not supported.${later} Supported: ${FORMATS.join(', ')}.`,
        );
      }
      const bar = progressBar(process.stderr.isTTY && !options.json);
      const summary = await withStore(options, (store) =>
        importFtmFiles(store, files, {
          dataset: datasetId(opts.dataset),
          author: process.env.DAYLIGHT_AUTHOR ?? process.env.USER ?? 'cli',
          onProgress: (p) => bar.update(p),
        }).finally(() => bar.stop()),
      );
      if (options.json) {
        printJson(summary);
      } else {
        for (const error of summary.errors) process.stderr.write(`${error.file}: ${error.message}\n`);
        if (summary.moreErrors > 0) process.stderr.write(`… and ${summary.moreErrors} more errors\n`);
        process.stdout.write(
          `Imported ${summary.entities} entities (${summary.statements} statements, ${summary.inserted} new) ` +
            `into dataset "${opts.dataset}" from ${summary.files.filter((f) => f.written).length} of ${files.length} files.\n`,
        );
      }
      if (summary.errors.length > 0) throw new ImportFailedError(summary);
    });
}
