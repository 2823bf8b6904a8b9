/**
 * `daylight holdings ID [--as-of DATE] [--depth N] [--min-stake P]`: what an entity owns directly
 * and indirectly, with effective stakes.
 */
import type { Command } from 'commander';
import { holdingsOf } from '@daylight/store';
import { globalOptions, printJson, withStore } from '../context.js';
import { resolveEntity } from '../resolve-entity.js';
import { parseStakeOptions, stakeLines, withStakeOptions } from './owners.command.js';

/**
 * @param program - the root program
 */
export function registerHoldingsCommand(program: Command): void {
  withStakeOptions(
    program
      .command('holdings')
      .description('what an entity owns directly and indirectly, with effective stakes'),
  ).action(async (query: string, raw: unknown, command: Command) => {
    const options = globalOptions(command);
    const opts = parseStakeOptions(raw);
    await withStore(options, async (store) => {
      const subject = await resolveEntity(store, query);
      const result = await holdingsOf(store, subject.id, opts);
      if (options.json) {
        printJson(result);
        return;
      }
      const when = opts.asOf ? ` as of ${opts.asOf}` : '';
      if (result.holdings.length === 0) {
        process.stdout.write(`${result.entity.caption} (${result.entity.id}) owns nothing known${when}.\n`);
        return;
      }
      const out = [`Holdings of ${result.entity.caption} (${result.entity.id})${when}:`];
      for (const h of result.holdings) out.push(...stakeLines(h));
      process.stdout.write(`${out.join('\n')}\n`);
    });
  });
}
