/**
 * `daylight compare NAME_A NAME_B [--schema S]` and `daylight compare --pairs FILE.csv`: scores
 * name pairs with the matcher and says why.
 */
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { z } from 'zod';
import { DEFAULT_MATCH_THRESHOLD, compareEntities, findSchema } from '@daylight/core';
import { CliUsageError, globalOptions, printJson } from '../context.js';

/** One compared pair, as `--json` prints it. */
export interface ComparedPair {
  readonly name_a: string;
  readonly name_b: string;
  readonly schema: string;
  readonly score: number;
  readonly match: boolean;
  readonly explanation: readonly string[];
}

const optionsSchema = z.object({
  schema: z.string().optional(),
  pairs: z.string().optional(),
  threshold: z.coerce.number().min(0).max(1).optional(),
});

const pairRecordSchema = z.object({
  name_a: z.string().trim().min(1, 'name_a is empty'),
  name_b: z.string().trim().min(1, 'name_b is empty'),
  schema: z.string().optional(),
});

/**
 * Parses CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF).
 * @param text - the file's contents
 * @returns rows of fields, each with the line it starts on
 */
export function parseCsv(text: string): Array<{ line: number; fields: string[] }> {
  const rows: Array<{ line: number; fields: string[] }> = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line += 1;
        field += ch;
      }
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      fields.push(field);
      if (fields.some((f) => f !== '')) rows.push({ line: start, fields });
      fields = [];
      field = '';
      line += 1;
      start = line;
    } else field += ch;
  }
  fields.push(field);
  if (fields.some((f) => f !== '')) rows.push({ line: start, fields });
  return rows;
}

function checkSchema(schema: string, where: string): void {
  if (!findSchema(schema)) {
    throw new CliUsageError(`${where}: unknown FtM schema "${schema}" (e.g. Person, Company, Organization).`);
  }
}

/**
 * Compares two names as entities of a schema.
 * @param nameA - first name
 * @param nameB - second name
 * @param schema - FtM schema of both
 * @param threshold - the score at which they match
 * @returns the pair with score, decision and explanation
 */
export function comparePair(nameA: string, nameB: string, schema: string, threshold: number): ComparedPair {
  const r = compareEntities(
    { schema, properties: { name: [nameA] } },
    { schema, properties: { name: [nameB] } },
    threshold,
  );
  return { name_a: nameA, name_b: nameB, schema, score: r.score, match: r.match, explanation: r.explanation };
}

function print(pair: ComparedPair, json: boolean): void {
  if (json) {
    printJson(pair);
    return;
  }
  process.stdout.write(
    `${pair.score.toFixed(3)}  ${pair.match ? 'match   ' : 'no match'}  ${pair.name_a} | ${pair.name_b}  (${pair.schema})\n` +
      pair.explanation.map((e) => `    ${e}\n`).join(''),
  );
}

/**
 * @param program - the root program
 */
export function registerCompareCommand(program: Command): void {
  program
    .command('compare')
    .description('score how likely two names name the same entity, and explain the score')
    .argument('[name_a]', 'first name')
    .argument('[name_b]', 'second name')
    .option(
      '--schema <schema>',
      'FtM schema of both names (default LegalEntity; Person reads people’s names)',
    )
    .option('--pairs <file>', 'CSV file with columns name_a,name_b[,schema]; one result per row')
    .option('--threshold <t>', `score at which two names match (default ${DEFAULT_MATCH_THRESHOLD})`)
    .action((nameA: string | undefined, nameB: string | undefined, raw: unknown, command: Command) => {
      const { json } = globalOptions(command);
      const opts = optionsSchema.parse(raw);
      const threshold = opts.threshold ?? DEFAULT_MATCH_THRESHOLD;
      if (opts.schema !== undefined) checkSchema(opts.schema, '--schema');
      const fallbackSchema = opts.schema ?? 'LegalEntity';
      if (opts.pairs === undefined) {
        if (nameA === undefined || nameB === undefined || nameA.trim() === '' || nameB.trim() === '') {
          throw new CliUsageError('Give two names (daylight compare "NAME A" "NAME B") or --pairs FILE.csv.');
        }
        print(comparePair(nameA, nameB, fallbackSchema, threshold), json);
        return;
      }
      if (nameA !== undefined)
        throw new CliUsageError('Give either two names or --pairs FILE.csv, not both.');
      let text: string;
      try {
        text = readFileSync(opts.pairs, 'utf8');
      } catch (error) {
        throw new CliUsageError(`--pairs: cannot read ${opts.pairs}: ${(error as Error).message}`);
      }
      const [header, ...rows] = parseCsv(text);
      const columns = header?.fields.map((f) => f.trim()) ?? [];
      if (!columns.includes('name_a') || !columns.includes('name_b')) {
        throw new CliUsageError(
          `${opts.pairs}:1: the header must name the columns name_a and name_b (and optionally schema).`,
        );
      }
      let bad = 0;
      for (const row of rows) {
        const record = Object.fromEntries(columns.map((c, i) => [c, row.fields[i] ?? '']));
        const parsed = pairRecordSchema.safeParse(record);
        const schema =
          opts.schema ??
          (parsed.success && parsed.data.schema?.trim() ? parsed.data.schema.trim() : fallbackSchema);
        if (!parsed.success || !findSchema(schema)) {
          bad += 1;
          const why = parsed.success
            ? `unknown FtM schema "${schema}"`
            : parsed.error.issues.map((i) => i.message).join('; ');
          process.stderr.write(`daylight: ${opts.pairs}:${row.line}: ${why}; row skipped.\n`);
          continue;
        }
        print(comparePair(parsed.data.name_a, parsed.data.name_b, schema, threshold), json);
      }
      if (bad > 0) {
        throw new CliUsageError(
          `${opts.pairs}: ${bad} row(s) could not be compared (see above); fix them and run again.`,
        );
      }
    });
}
