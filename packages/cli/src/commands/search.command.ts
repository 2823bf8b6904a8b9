/**
 * `daylight search QUERY [--schema S] [--limit N]`.
 */
import type { Command } from 'commander';
import { findSchema } from '@daylight/core';
import { CliUsageError, globalOptions, intOption, printJson, withStore } from '../context.js';

/**
 * @param program - the root program
 */
export function registerSearchCommand(program: Command): void {
  program
    .command('search')
    .description('search entities by name')
    .argument('<query>', 'a name or part of one')
    .option('--schema <schema>', 'only this FtM schema and its descendants (e.g. Person, LegalEntity)')
    .option('--limit <n>', 'at most this many results', intOption('--limit', 1), 20)
    .action(async (query: string, opts: { schema?: string; limit: number }, command: Command) => {
      const options = globalOptions(command);
      if (opts.schema !== undefined && !findSchema(opts.schema)) {
        throw new CliUsageError(
          `--schema: unknown FtM schema "${opts.schema}" (e.g. Person, Company, LegalEntity).`,
        );
      }
      if (query.trim() === '') throw new CliUsageError('The search query is empty.');
      await withStore(options, async (store) => {
        const results = await store.search(query, { schema: opts.schema, limit: opts.limit });
        if (options.json) {
          printJson({ query, schema: opts.schema ?? null, results });
          return;
        }
        if (results.length === 0) {
          process.stdout.write(`No entity matches "${query}".\n`);
          return;
        }
        for (const hit of results) {
          const matched = hit.matchedName === hit.caption ? '' : `  (matched "${hit.matchedName}")`;
          process.stdout.write(
            `${hit.score.toFixed(2)}  ${hit.id}  ${hit.schema}  ${hit.caption}${matched}\n`,
          );
        }
      });
    });
}
