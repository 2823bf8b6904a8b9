/**
 * `daylight extract FILE [--json]`: a dry run of document extraction. Reads the file (text with
 * or without a header, HTML, PDF), runs the extractor and prints what ingest would propose, in the
 * shape of the hand annotations (`{entities, relationships}`). Writes nothing.
 */
import type { Command } from 'commander';
import { toGoldShape } from '@daylight/core';
import { extractFromText, readDocument } from '@daylight/ingest';
import { globalOptions, printJson } from '../context.js';

/**
 * @param program - the root program
 */
export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('dry run: print the entities and relationships a document states (writes nothing)')
    .argument('<file>', 'a .txt, .md, .html or .pdf file')
    .option('--json', 'print {entities, relationships} as JSON (the gold-annotation shape)')
    .option('--no-nlp', 'do not ask compromise for person-name hints')
    .action(async (file: string, opts: { json?: boolean; nlp: boolean }, command: Command) => {
      const options = globalOptions(command);
      const document = await readDocument(file);
      const extraction = await extractFromText(document.text, { nlpHints: opts.nlp });
      const shaped = toGoldShape(extraction);
      if (options.json || opts.json === true) {
        printJson(shaped);
        return;
      }
      const lines = [
        `${document.metadata.title ?? file} (${document.kind}, ${document.text.length} characters)`,
        '',
      ];
      lines.push(`Entities (${shaped.entities.length}):`);
      for (const e of shaped.entities) {
        lines.push(
          `  ${e.type.padEnd(12)} ${e.name}${e.aliases.length > 0 ? `  (also: ${e.aliases.join(', ')})` : ''}`,
        );
      }
      lines.push('', `Relationships (${shaped.relationships.length}):`);
      for (const r of extraction.relationships) {
        const extras = [
          r.qualifier === 'stated' ? undefined : r.qualifier,
          r.role,
          r.percentage,
          r.amount === undefined
            ? undefined
            : `${r.amount.toLocaleString('en-GB')} ${r.currency ?? ''}`.trim(),
          r.date,
        ].filter((x): x is string => x !== undefined);
        lines.push(
          `  ${r.subject} —${r.predicate}→ ${r.object}${extras.length > 0 ? `  [${extras.join('; ')}]` : ''}`,
        );
        lines.push(`      “${r.evidence}”`);
      }
      process.stdout.write(`${lines.join('\n')}\n`);
    });
}
