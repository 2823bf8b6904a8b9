/**
 * `daylight path A B [--max-length N] [--schemas S,…] [--k K] [--as-of DATE]`: the shortest and
 * the k shortest paths between two entities, each link with its sources.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { entityId } from '@daylight/core';
import { pathsBetween } from '@daylight/store';
import { globalOptions, printJson, withStore } from '../context.js';
import { resolveEntity } from '../resolve-entity.js';

const pathOptionsSchema = z.object({
  maxLength: z.coerce.number().int('--max-length must be a whole number').min(1).max(8).default(4),
  k: z.coerce.number().int('--k must be a whole number').min(1).max(20).default(3),
  schemas: z
    .string()
    .optional()
    .transform((s) =>
      s === undefined
        ? undefined
        : s
            .split(',')
            .map((x) => x.trim())
            .filter((x) => x !== ''),
    ),
  asOf: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '--as-of must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
});

/**
 * @param program - the root program
 */
export function registerPathCommand(program: Command): void {
  program
    .command('path')
    .description('shortest and k shortest paths between two entities, each link with its sources')
    .argument('<from>', 'an entity id, or a name that matches exactly one entity')
    .argument('<to>', 'an entity id, or a name that matches exactly one entity')
    .option('--max-length <n>', 'at most this many links per path (default 4)')
    .option(
      '--schemas <list>',
      'only these relationship schemata, comma-separated (e.g. Ownership,Directorship)',
    )
    .option('--k <n>', 'how many paths, shortest first (default 3)')
    .option('--as-of <date>', 'only links in effect on this date')
    .action(async (fromQuery: string, toQuery: string, raw: unknown, command: Command) => {
      const options = globalOptions(command);
      const opts = pathOptionsSchema.parse(raw);
      await withStore(options, async (store) => {
        const from = await resolveEntity(store, fromQuery);
        const to = await resolveEntity(store, toQuery);
        const result = await pathsBetween(store, from.id, to.id, opts);
        if (options.json) {
          printJson(result);
          return;
        }
        if (result.paths.length === 0) {
          process.stdout.write(
            `No path of at most ${opts.maxLength} links between ${from.caption} and ${to.caption}.\n`,
          );
          return;
        }
        const ids = [...new Set(result.paths.flat().flatMap((l) => [l.from, l.to]))];
        const names = await store.getSummaries(ids.map(entityId));
        const name = (id: string): string => names.get(entityId(id))?.caption ?? id;
        const out: string[] = [];
        result.paths.forEach((path, i) => {
          out.push(`${i + 1}. ${path.length} link${path.length === 1 ? '' : 's'}: ${name(path[0]!.from)}`);
          for (const l of path) {
            const cites = [...new Set(l.sources.map((s) => s.title ?? s.fileName ?? s.id))];
            out.push(`     —${l.schema}→ ${name(l.to)}${cites.length > 0 ? `   [${cites.join('; ')}]` : ''}`);
          }
        });
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}
