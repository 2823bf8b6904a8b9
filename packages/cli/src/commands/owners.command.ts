/**
 * `daylight owners ID [--as-of DATE] [--depth N] [--min-stake P]`: direct and indirect owners with
 * effective (look-through) stakes, the paths behind them and the sources of every link. Also the
 * shared option parsing and printing of `holdings` and `investors`.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import type { StakeEntry } from '@daylight/core/api';
import { ownersOf, DEFAULT_DEPTH } from '@daylight/store';
import { globalOptions, printJson, withStore } from '../context.js';
import { resolveEntity } from '../resolve-entity.js';

/** The options of owners, holdings and investors, as commander gives them. */
const stakeOptionsSchema = z.object({
  asOf: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, '--as-of must be a date: YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  depth: z.coerce.number().int('--depth must be a whole number').min(1).max(50).default(DEFAULT_DEPTH),
  minStake: z.coerce.number().min(0, '--min-stake is a percentage, 0 to 100').max(100).optional(),
});

/** Parsed options of owners, holdings and investors. */
export interface StakeCommandOptions {
  readonly asOf: string | undefined;
  readonly depth: number;
  /** As a fraction. */
  readonly minStake: number | undefined;
}

/**
 * Adds the shared options to a stake command.
 * @param command - owners, holdings or investors
 * @returns the command
 */
export function withStakeOptions(command: Command): Command {
  return command
    .argument('<entity>', 'an entity id, or a name that matches exactly one entity')
    .option('--as-of <date>', 'only links in effect on this date (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--depth <n>', `at most this many links away (default ${DEFAULT_DEPTH})`)
    .option('--min-stake <percent>', 'leave out stakes below this percentage');
}

/**
 * @param raw - commander's options
 * @returns validated options
 * @throws ZodError naming the bad option
 */
export function parseStakeOptions(raw: unknown): StakeCommandOptions {
  const o = stakeOptionsSchema.parse(raw);
  return { asOf: o.asOf, depth: o.depth, minStake: o.minStake === undefined ? undefined : o.minStake / 100 };
}

const pct = (x: number): string => `${(x * 100).toFixed(2)}%`;
/** A link's percentage as stated, with a % sign when the source gave a bare number. */
const shown = (p: string | null): string =>
  p === null ? '?' : /^\s*\d+(\.\d+)?\s*$/.test(p) ? `${p.trim()}%` : p;

/**
 * One stake as text: the stake (or range), the entity, and each path with its links' percentages.
 * @param entry - an owner or holding
 * @param extra - text after the caption (e.g. the investor type)
 * @returns the lines
 */
export function stakeLines(entry: StakeEntry, extra = ''): string[] {
  const stake =
    entry.effective_stake !== null
      ? pct(entry.effective_stake)
      : entry.stake_range !== null
        ? `${pct(entry.stake_range[0])}–${pct(entry.stake_range[1])}`
        : 'unknown';
  const lines = [
    `${stake.padStart(16)}  ${entry.caption} [${entry.schema}] ${entry.id}${entry.ultimate ? '  (ultimate)' : ''}${extra}`,
  ];
  for (const path of entry.paths) {
    const steps = path.map(
      (l) =>
        `${l.from} —${shown(l.percentage)}${l.start || l.end ? ` (${l.start ?? '…'}–${l.end ?? '…'})` : ''}→`,
    );
    const cites = new Set(path.flatMap((l) => l.sources.map((s) => s.title ?? s.fileName ?? s.id)));
    lines.push(`${' '.repeat(18)}via ${steps.join(' ')} ${path[path.length - 1]?.to ?? ''}`);
    if (cites.size > 0) lines.push(`${' '.repeat(22)}sources: ${[...cites].join('; ')}`);
  }
  return lines;
}

/**
 * @param program - the root program
 */
export function registerOwnersCommand(program: Command): void {
  withStakeOptions(
    program
      .command('owners')
      .description('direct and indirect owners with effective (look-through) stakes, paths and sources'),
  ).action(async (query: string, raw: unknown, command: Command) => {
    const options = globalOptions(command);
    const opts = parseStakeOptions(raw);
    await withStore(options, async (store) => {
      const subject = await resolveEntity(store, query);
      const result = await ownersOf(store, subject.id, opts);
      if (options.json) {
        printJson(result);
        return;
      }
      const when = opts.asOf ? ` as of ${opts.asOf}` : '';
      if (result.owners.length === 0) {
        process.stdout.write(`No known owners of ${result.entity.caption} (${result.entity.id})${when}.\n`);
        return;
      }
      const out = [`Owners of ${result.entity.caption} (${result.entity.id})${when}:`];
      for (const o of result.owners) out.push(...stakeLines(o));
      process.stdout.write(`${out.join('\n')}\n`);
    });
  });
}
