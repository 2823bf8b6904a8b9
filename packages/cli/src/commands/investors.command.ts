/**
 * `daylight investors ID [--as-of DATE] [--depth N] [--min-stake P]`: every capital provider
 * behind a company, limited partners of funds included, grouped by investor type.
 */
import type { Command } from 'commander';
import { INVESTOR_TYPES } from '@daylight/core';
import { investorsOf } from '@daylight/store';
import { globalOptions, printJson, withStore } from '../context.js';
import { resolveEntity } from '../resolve-entity.js';
import { parseStakeOptions, stakeLines, withStakeOptions } from './owners.command.js';

/**
 * @param program - the root program
 */
export function registerInvestorsCommand(program: Command): void {
  withStakeOptions(
    program
      .command('investors')
      .description('all capital providers behind a company (limited partners included), by investor type'),
  ).action(async (query: string, raw: unknown, command: Command) => {
    const options = globalOptions(command);
    const opts = parseStakeOptions(raw);
    await withStore(options, async (store) => {
      const subject = await resolveEntity(store, query);
      const result = await investorsOf(store, subject.id, opts);
      if (options.json) {
        printJson(result);
        return;
      }
      const when = opts.asOf ? ` as of ${opts.asOf}` : '';
      if (result.investors.length === 0) {
        process.stdout.write(
          `No known investors behind ${result.entity.caption} (${result.entity.id})${when}.\n`,
        );
        return;
      }
      const out = [`Investors behind ${result.entity.caption} (${result.entity.id})${when}:`];
      for (const type of INVESTOR_TYPES) {
        const group = result.investors.filter((i) => i.type === type);
        if (group.length === 0) continue;
        out.push(`${type.replace('_', ' ')}:`);
        for (const i of group) {
          const commitment = i.commitment
            ? `  committed ${i.commitment.amount} ${i.commitment.currency ?? ''}`.trimEnd()
            : '';
          out.push(...stakeLines(i, commitment));
        }
      }
      process.stdout.write(`${out.join('\n')}\n`);
    });
  });
}
