/**
 * `daylight dedupe [--dataset D] [--threshold T] [--limit N]`: lists pairs of entities that may be
 * one, with scores and explanations. Read-only.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { DATASET_NAME_PATTERN, DEFAULT_MATCH_THRESHOLD, datasetId } from '@daylight/core';
import { findDuplicatePairs } from '@daylight/store';
import { globalOptions, intOption, printJson, withStore } from '../context.js';

const optionsSchema = z.object({
  dataset: z.string().regex(DATASET_NAME_PATTERN, 'not a dataset name').optional(),
  threshold: z.coerce.number().min(0).max(1).optional(),
  limit: z.number().int().min(1),
});

/**
 * @param program - the root program
 */
export function registerDedupeCommand(program: Command): void {
  program
    .command('dedupe')
    .description('list pairs of entities that may be the same, with scores and explanations')
    .option('--dataset <name>', 'only entities of this dataset')
    .option('--threshold <t>', `lowest score listed (default ${DEFAULT_MATCH_THRESHOLD})`)
    .option('--limit <n>', 'at most this many pairs', intOption('--limit', 1), 100)
    .action(async (raw: unknown, command: Command) => {
      const options = globalOptions(command);
      const opts = optionsSchema.parse(raw);
      await withStore(options, async (store) => {
        const pairs = await findDuplicatePairs(store, {
          dataset: opts.dataset === undefined ? undefined : datasetId(opts.dataset),
          threshold: opts.threshold ?? DEFAULT_MATCH_THRESHOLD,
          limit: opts.limit,
        });
        if (options.json) {
          for (const p of pairs) printJson(p);
          return;
        }
        if (pairs.length === 0) {
          process.stdout.write('No duplicate candidates at this threshold.\n');
          return;
        }
        for (const p of pairs) {
          process.stdout.write(
            `${p.score.toFixed(3)}  ${p.a.id} "${p.a.caption}"  ~  ${p.b.id} "${p.b.caption}"\n` +
              p.explanation.map((e) => `    ${e}\n`).join(''),
          );
        }
      });
    });
}
