/**
 * `daylight ingest FILE|DIR... [--dataset D] [--title T --publisher P --date D --url U]`: stores
 * documents (text, HTML, PDF) and what the extractor proposes from them, as `proposed` statements
 * with their evidence, for review. Nothing enters the graph until it is accepted.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import { DATASET_NAME_PATTERN, datasetId } from '@daylight/core';
import { ingestDocuments, type DocumentMetadata } from '@daylight/ingest';
import { CliUsageError, globalOptions, printJson, withStore } from '../context.js';

const flagsSchema = z.object({
  dataset: z.string(),
  title: z.string().min(1).optional(),
  publisher: z.string().min(1).optional(),
  date: z
    .string()
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'use YYYY, YYYY-MM or YYYY-MM-DD')
    .optional(),
  url: z.url().optional(),
  nlp: z.boolean(),
});

/**
 * @param program - the root program
 */
export function registerIngestCommand(program: Command): void {
  program
    .command('ingest')
    .description('store documents and the facts they state as proposals for review')
    .argument('<paths...>', 'files (.txt, .md, .html, .pdf) or directories of them')
    .option('--dataset <name>', 'dataset to ingest into', 'default')
    .option('--title <title>', 'document title (instead of what the file says)')
    .option('--publisher <name>', 'publisher')
    .option('--date <date>', 'publication date, YYYY[-MM[-DD]]')
    .option('--url <url>', 'where the document was published')
    .option('--no-nlp', 'do not ask compromise for person-name hints')
    .action(async (paths: string[], raw: unknown, command: Command) => {
      const options = globalOptions(command);
      const flags = flagsSchema.parse(raw);
      if (!DATASET_NAME_PATTERN.test(flags.dataset)) {
        throw new CliUsageError(
          `--dataset: "${flags.dataset}" is not a dataset name (lower-case letters, digits, "-" and "_", at most 64).`,
        );
      }
      const metadata: DocumentMetadata = {};
      if (flags.title) metadata.title = flags.title;
      if (flags.publisher) metadata.publisher = flags.publisher;
      if (flags.date) metadata.date = flags.date;
      if (flags.url) metadata.url = flags.url;
      const results = await withStore(options, (store) =>
        ingestDocuments(store, paths, {
          dataset: datasetId(flags.dataset),
          metadata,
          nlpHints: flags.nlp,
          author: process.env.DAYLIGHT_AUTHOR
            ? `extractor:rules (run by ${process.env.DAYLIGHT_AUTHOR})`
            : 'extractor:rules',
        }),
      );
      const failed = results.filter((r) => r.status === 'error');
      if (options.json) printJson({ dataset: flags.dataset, documents: results });
      else {
        for (const r of results) {
          if (r.status === 'error') process.stderr.write(`daylight: ${r.error.message}\n`);
          else
            process.stdout.write(
              `${r.status === 'stored' ? 'stored   ' : 'unchanged'} ${r.documentId}  ${r.title ?? r.file}: ` +
                `${r.entities} entities, ${r.relationships} relationships proposed` +
                `${r.status === 'stored' ? ` (${r.inserted} statements, ${r.linked} linked to stored entities)` : ' (already stored)'}\n`,
            );
        }
      }
      if (failed.length > 0) {
        throw new CliUsageError(
          `${failed.length} of ${results.length} files could not be ingested (see above); the others were stored.`,
        );
      }
    });
}
