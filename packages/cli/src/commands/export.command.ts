/**
 * `daylight export --format ftm [--dataset NAME] [--out FILE]`.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';
import type { Command } from 'commander';
import { datasetId, toFtmJson } from '@daylight/core';
import { CliUsageError, globalOptions, withStore } from '../context.js';

const FORMATS = ['ftm'] as const;

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/**
 * @param program - the root program
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description('export entities (FtM entity JSON lines)')
    .requiredOption('--format <format>', `output format: ${FORMATS.join(', ')}`)
    .option('--dataset <name>', 'only the statements of this dataset')
    .option('--out <file>', 'write to this file (default: standard output)')
    .action(async (opts: { format: string; dataset?: string; out?: string }, command: Command) => {
      const options = globalOptions(command);
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new CliUsageError(
          `--format: "${opts.format}" is not supported. Supported: ${FORMATS.join(', ')}.`,
        );
      }
      await withStore(options, async (store) => {
        if (opts.dataset !== undefined) {
          const known = (await store.listDatasets()).map((d) => d.name as string);
          if (!known.includes(opts.dataset)) {
            throw new CliUsageError(
              `--dataset: no dataset "${opts.dataset}" in this store. Datasets: ${known.join(', ') || '(none)'}.`,
            );
          }
        }
        // A file is written under a temporary name and renamed at the end: a failed export leaves
        // no partial file behind.
        const temp = opts.out ? `${opts.out}.partial-${process.pid}` : undefined;
        const out: Writable = temp ? createWriteStream(temp) : process.stdout;
        let count = 0;
        try {
          const iterateOptions = opts.dataset === undefined ? {} : { dataset: datasetId(opts.dataset) };
          for await (const entity of store.iterateEntities(iterateOptions)) {
            const records = await store.getRecords(entity.id);
            const scoped =
              opts.dataset === undefined ? records : records.filter((r) => r.dataset === opts.dataset);
            await write(out, `${JSON.stringify(toFtmJson(entity, scoped))}\n`);
            count++;
          }
          if (temp && opts.out) {
            out.end();
            await once(out, 'finish');
            renameSync(temp, opts.out);
            process.stderr.write(`Exported ${count} entities to ${opts.out}\n`);
          }
        } catch (error) {
          if (temp) {
            out.destroy();
            rmSync(temp, { force: true });
          }
          throw error;
        }
      });
    });
}
