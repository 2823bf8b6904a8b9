/**
 * `daylight match --schema S --name N [--country C] [--lei L] [--isin I] [--limit N]`: ranks
 * stored entities against a query by example, with scores and explanations.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { DEFAULT_MATCH_THRESHOLD, findSchema, type MatchSubject } from '@daylight/core';
import { CliUsageError, globalOptions, intOption, printJson, withStore } from '../context.js';

const optionsSchema = z.object({
  schema: z.string().min(1),
  name: z.array(z.string()).default([]),
  country: z.array(z.string()).default([]),
  lei: z.array(z.string()).default([]),
  isin: z.array(z.string()).default([]),
  registration: z.array(z.string()).default([]),
  birthDate: z.string().optional(),
  dataset: z.string().optional(),
  threshold: z.coerce.number().min(0).max(1).optional(),
  limit: z.number().int().min(1),
});

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/**
 * Builds the query by example from the command's options.
 * @param opts - parsed options
 * @returns schema and properties
 */
export function matchQuery(opts: z.infer<typeof optionsSchema>): MatchSubject {
  const properties: Record<string, string[]> = { name: opts.name };
  const person = opts.schema === 'Person';
  if (opts.country.length > 0)
    properties[person ? 'nationality' : 'jurisdiction'] = opts.country.map((c) => c.toLowerCase());
  if (opts.lei.length > 0) properties.leiCode = opts.lei;
  if (opts.isin.length > 0) properties.isinCode = opts.isin;
  if (opts.registration.length > 0) properties.registrationNumber = opts.registration;
  if (opts.birthDate !== undefined) properties.birthDate = [opts.birthDate];
  return { schema: opts.schema, properties };
}

/**
 * @param program - the root program
 */
export function registerMatchCommand(program: Command): void {
  program
    .command('match')
    .description(
      'rank stored entities against a name (and identifiers, country, birth date), with explanations',
    )
    .requiredOption(
      '--schema <schema>',
      'FtM schema of what you look for (Person, Company, Organization, LegalEntity, Vessel …)',
    )
    .option('--name <name>', 'a name (repeat for aliases)', collect)
    .option(
      '--country <code>',
      'ISO country code (nationality for people, jurisdiction otherwise); repeatable',
      collect,
    )
    .option('--lei <code>', 'LEI code', collect)
    .option('--isin <code>', 'ISIN code', collect)
    .option('--registration <number>', 'registration number', collect)
    .option('--birth-date <date>', 'date of birth (YYYY, YYYY-MM or YYYY-MM-DD)')
    .option('--dataset <name>', 'only entities of this dataset')
    .option('--threshold <t>', `score at which a result is a match (default ${DEFAULT_MATCH_THRESHOLD})`)
    .option('--limit <n>', 'at most this many results', intOption('--limit', 1), 10)
    .action(async (raw: unknown, command: Command) => {
      const options = globalOptions(command);
      const opts = optionsSchema.parse(raw);
      if (!findSchema(opts.schema)) {
        throw new CliUsageError(
          `--schema: unknown FtM schema "${opts.schema}" (e.g. Person, Company, LegalEntity).`,
        );
      }
      const query = matchQuery(opts);
      if (
        opts.name.every((n) => n.trim() === '') &&
        opts.lei.length + opts.isin.length + opts.registration.length === 0
      ) {
        throw new CliUsageError('Give at least --name, or an identifier (--lei, --isin, --registration).');
      }
      await withStore(options, async (store) => {
        const results = await store.match(query, {
          limit: opts.limit,
          threshold: opts.threshold,
          dataset: opts.dataset,
        });
        if (options.json) {
          printJson({ query, results });
          return;
        }
        if (results.length === 0) {
          process.stdout.write('No candidate found.\n');
          return;
        }
        for (const hit of results) {
          process.stdout.write(
            `${hit.score.toFixed(3)}  ${hit.match ? 'match   ' : 'no match'}  ${hit.id}  ${hit.schema}  ${hit.caption}\n` +
              hit.explanation.map((e) => `    ${e}\n`).join(''),
          );
        }
      });
    });
}
