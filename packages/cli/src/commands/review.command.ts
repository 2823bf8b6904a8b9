/**
 * `daylight review list|show|accept|reject|edit`: the review queue of what extraction proposed.
 * Accepting in bulk needs an explicit `--min-confidence`; it is never the default.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { entityId } from '@daylight/core';
import {
  acceptAbove,
  acceptCandidate,
  editCandidate,
  listCandidates,
  rejectCandidate,
  showCandidate,
} from '@daylight/store';
import { CliUsageError, globalOptions, intOption, printJson, withStore } from '../context.js';

const confidenceSchema = z.coerce.number().min(0).max(1);
const reviewer = (): string => process.env.DAYLIGHT_AUTHOR ?? process.env.USER ?? 'cli';

/**
 * @param program - the root program
 */
export function registerReviewCommand(program: Command): void {
  const review = program
    .command('review')
    .description('review what extraction proposed: list, show, accept, reject');

  review
    .command('list')
    .description('candidates awaiting review, most confident first')
    .option('--dataset <name>', 'only this dataset')
    .option('--min-confidence <x>', 'only candidates at or above this confidence (0–1)')
    .option('--limit <n>', 'at most this many', intOption('--limit', 1), 50)
    .action(async (opts: { dataset?: string; minConfidence?: string; limit: number }, command: Command) => {
      const options = globalOptions(command);
      const minConfidence =
        opts.minConfidence === undefined ? undefined : confidenceSchema.parse(opts.minConfidence);
      const candidates = await withStore(options, (store) =>
        listCandidates(store, { dataset: opts.dataset, minConfidence, limit: opts.limit }),
      );
      if (options.json) return printJson({ candidates });
      if (candidates.length === 0) return void process.stdout.write('Nothing awaits review.\n');
      for (const c of candidates) {
        process.stdout.write(
          `${(c.confidence ?? 0).toFixed(2)}  ${c.entityId}  ${c.schema.padEnd(12)} ${c.names.join(' / ') || `(${c.statements} statements)`}\n`,
        );
      }
    });

  review
    .command('show')
    .description(
      'a candidate: its proposed values, each with its evidence sentence in context, and similar stored entities',
    )
    .argument('<id>', 'candidate id (from review list)')
    .action(async (id: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      const detail = await withStore(options, (store) => showCandidate(store, entityId(id)));
      if (options.json) return printJson(detail);
      const lines = [`${detail.id}  ${detail.schema}`];
      for (const e of detail.statements) {
        const s = e.statement;
        if (s.prop === 'id') continue;
        lines.push(
          `  ${s.prop}: ${s.value}  (confidence ${(s.confidence ?? 0).toFixed(2)}, ${e.documentTitle ?? s.sourceId ?? 'no source'})`,
        );
        if (e.quote !== '') lines.push(`      …${e.before}[[${e.quote}]]${e.after}…`.replace(/\n/g, ' '));
      }
      if (detail.suggestions.length > 0) {
        lines.push('  similar stored entities (accept with --as ID to link):');
        for (const s of detail.suggestions) lines.push(`    ${s.id}  ${s.schema}  ${s.caption}`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });

  review
    .command('accept')
    .description('accept a candidate (or, with --min-confidence, every candidate at or above it)')
    .argument('[id]', 'candidate id')
    .option('--as <entity>', 'the stored entity this candidate is (link instead of creating)')
    .option('--min-confidence <x>', 'bulk: accept every candidate at or above this confidence (0–1)')
    .option('--dataset <name>', 'bulk: only this dataset')
    .action(
      async (
        id: string | undefined,
        opts: { as?: string; minConfidence?: string; dataset?: string },
        command: Command,
      ) => {
        const options = globalOptions(command);
        if (id === undefined && opts.minConfidence === undefined) {
          throw new CliUsageError(
            'Give a candidate id, or --min-confidence X to accept in bulk (never the default).',
          );
        }
        if (id !== undefined && opts.minConfidence !== undefined) {
          throw new CliUsageError('Give either a candidate id or --min-confidence, not both.');
        }
        await withStore(options, async (store) => {
          if (id !== undefined) {
            const decision = await acceptCandidate(store, entityId(id), {
              author: reviewer(),
              as: opts.as === undefined ? undefined : entityId(opts.as),
            });
            if (options.json) return printJson(decision);
            return void process.stdout.write(
              `accepted ${id} as ${decision.entity ?? ''} (${decision.statements} statements)\n`,
            );
          }
          const result = await acceptAbove(store, {
            author: reviewer(),
            minConfidence: confidenceSchema.parse(opts.minConfidence),
            dataset: opts.dataset,
          });
          if (options.json) return printJson(result);
          process.stdout.write(
            `accepted ${result.accepted.length} candidates; ${result.skipped.length} left for review\n`,
          );
          for (const s of result.skipped) process.stdout.write(`  left ${s.candidate}: ${s.reason}\n`);
        });
      },
    );

  review
    .command('edit')
    .description('replace a proposed value before deciding (recorded with you as author)')
    .argument('<id>', 'candidate id')
    .requiredOption('--prop <prop>', 'the property, e.g. name, role, date, percentage')
    .requiredOption('--to <value>', 'the corrected value')
    .option('--from <value>', 'the value to replace, when the property has several')
    .action(async (id: string, opts: { prop: string; to: string; from?: string }, command: Command) => {
      const options = globalOptions(command);
      const edit = await withStore(options, (store) =>
        editCandidate(store, entityId(id), {
          author: reviewer(),
          prop: opts.prop,
          from: opts.from,
          to: opts.to,
        }),
      );
      if (options.json) return printJson(edit);
      process.stdout.write(`${id} ${edit.prop}: "${edit.from}" → "${edit.to}"\n`);
    });

  review
    .command('reject')
    .description('reject a candidate; the decision is recorded with its author and reason')
    .argument('<id>', 'candidate id')
    .option('--reason <text>', 'why')
    .action(async (id: string, opts: { reason?: string }, command: Command) => {
      const options = globalOptions(command);
      const decision = await withStore(options, (store) =>
        rejectCandidate(store, entityId(id), { author: reviewer(), reason: opts.reason }),
      );
      if (options.json) return printJson(decision);
      process.stdout.write(`rejected ${id}\n`);
    });
}
