/**
 * `daylight export --format F [--dataset NAME] [--entity ID --depth N] [--statements] [--out FILE]`.
 */
import type { Command } from 'commander';
import { datasetId, toFtmJson } from '@daylight/core';
import { CliUsageError, globalOptions, intOption, withStore } from '../context.js';
import { exportBods } from '../export/bods.export.js';
import { exportCsvZip, exportStatementsCsv } from '../export/csv.export.js';
import { scopedEntities, type ExportScope } from '../export/entity-scope.js';
import { exportGraph } from '../export/graph.export.js';
import { openOutput } from '../export/output.js';
import { resolveEntity } from '../resolve-entity.js';

const FORMATS = ['ftm', 'bods', 'gexf', 'graphml', 'csv'] as const;

interface ExportOptions {
  format: string;
  dataset?: string;
  out?: string;
  entity?: string;
  depth?: number;
  statements?: boolean;
}

/**
 * @param program - the root program
 */
export function registerExportCommand(program: Command): void {
  program
    .command('export')
    .description(
      'export entities: FtM JSON lines (or statements CSV), BODS 0.4, GEXF, GraphML, CSV per schema (zip)',
    )
    .requiredOption('--format <format>', `output format: ${FORMATS.join(', ')}`)
    .option('--dataset <name>', 'only the statements of this dataset')
    .option('--entity <id-or-name>', 'only this entity and its neighbourhood')
    .option('--depth <n>', 'with --entity: how many relations to follow (default 1)', intOption('--depth', 0))
    .option('--statements', 'with --format ftm: the statement table as CSV (OpenSanctions layout)')
    .option('--out <file>', 'write to this file (default: standard output; required for csv)')
    .action(async (opts: ExportOptions, command: Command) => {
      const options = globalOptions(command);
      if (!(FORMATS as readonly string[]).includes(opts.format)) {
        throw new CliUsageError(
          `--format: "${opts.format}" is not supported. Supported: ${FORMATS.join(', ')}.`,
        );
      }
      if (opts.statements && opts.format !== 'ftm')
        throw new CliUsageError('--statements goes with --format ftm only.');
      if (opts.depth !== undefined && opts.entity === undefined)
        throw new CliUsageError('--depth needs --entity.');
      if (opts.format === 'csv' && opts.out === undefined) {
        throw new CliUsageError('--format csv writes a zip file: give --out FILE.zip.');
      }
      await withStore(options, async (store) => {
        if (opts.dataset !== undefined) {
          const known = (await store.listDatasets()).map((d) => d.name as string);
          if (!known.includes(opts.dataset)) {
            throw new CliUsageError(
              `--dataset: no dataset "${opts.dataset}" in this store. Datasets: ${known.join(', ') || '(none)'}.`,
            );
          }
        }
        const start = opts.entity === undefined ? undefined : (await resolveEntity(store, opts.entity)).id;
        const scope: ExportScope = {
          ...(opts.dataset === undefined ? {} : { dataset: datasetId(opts.dataset) }),
          ...(start === undefined ? {} : { entity: start, depth: opts.depth ?? 1 }),
        };
        const out = openOutput(opts.out);
        try {
          let what: string;
          if (opts.format === 'ftm' && opts.statements) {
            what = `${await exportStatementsCsv(store, out, scope)} statements`;
          } else if (opts.format === 'ftm') {
            let count = 0;
            for await (const entity of scopedEntities(store, scope)) {
              const records = await store.getRecords(entity.id);
              const scoped =
                opts.dataset === undefined ? records : records.filter((r) => r.dataset === opts.dataset);
              await out.write(`${JSON.stringify(toFtmJson(entity, scoped))}\n`);
              count++;
            }
            what = `${count} entities`;
          } else if (opts.format === 'bods') {
            const r = await exportBods(store, out, scope);
            what = `${r.statements} BODS statements (${r.skipped} entities BODS has no place for)`;
          } else if (opts.format === 'csv') {
            const r = await exportCsvZip(store, out, scope);
            what = `${Object.values(r).reduce((a, b) => a + b, 0)} entities in ${Object.keys(r).length} CSV files`;
          } else {
            const r = await exportGraph(store, out, opts.format === 'gexf' ? 'gexf' : 'graphml', scope);
            what = `${r.nodes} nodes and ${r.edges} edges`;
          }
          await out.finish();
          if (opts.out) process.stderr.write(`Exported ${what} to ${opts.out}\n`);
        } catch (error) {
          out.abort();
          throw error;
        }
      });
    });
}
