/**
 * `daylight show ID`: an entity with every value's sources.
 */
import type { Command } from 'commander';
import { presentEntity } from '@daylight/server/presenters';
import { globalOptions, printJson, withStore } from '../context.js';
import { resolveEntity } from '../resolve-entity.js';

/**
 * @param program - the root program
 */
export function registerShowCommand(program: Command): void {
  program
    .command('show')
    .description('show an entity with the sources of every value')
    .argument('<entity>', 'an entity id, or a name that matches exactly one entity')
    .action(async (query: string, _opts: unknown, command: Command) => {
      const options = globalOptions(command);
      await withStore(options, async (store) => {
        const summary = await resolveEntity(store, query);
        const detail = await presentEntity(store, summary.id);
        if (options.json) {
          printJson(detail);
          return;
        }
        const out: string[] = [];
        out.push(`${detail.caption}  [${detail.schemaLabel}]  ${detail.id}`);
        out.push(`datasets: ${detail.datasets.join(', ')}   seen ${detail.firstSeen} … ${detail.lastSeen}`);
        for (const prop of detail.properties) {
          out.push(`${prop.label}:`);
          for (const v of prop.values) {
            out.push(`  ${v.entity ? `${v.entity.caption} (${v.value})` : v.value}`);
            for (const s of v.statements) {
              const src = s.source;
              const cite = src
                ? [
                    src.title ?? src.fileName,
                    src.publisher,
                    src.publishedAt ?? src.retrievedAt?.slice(0, 10),
                    src.url,
                  ]
                    .filter((x) => x)
                    .join(', ')
                : 'no source recorded';
              out.push(`      ← ${cite} [${s.dataset}, ${s.origin}${s.author ? `, ${s.author}` : ''}]`);
              if (s.evidence) out.push(`        “${s.evidence.quote}”`);
            }
          }
        }
        if (detail.referencedBy.length > 0) {
          out.push('referenced by:');
          for (const r of detail.referencedBy)
            out.push(`  ${r.caption} [${r.schema}, as ${r.propertyLabel}] ${r.id}`);
        }
        process.stdout.write(`${out.join('\n')}\n`);
      });
    });
}
