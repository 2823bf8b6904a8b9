/**
 * `daylight init`: creates the store (or brings its schema up to date) and says where it is.
 */
import type { Command } from 'commander';
import { globalOptions, printJson, withStore } from '../context.js';

/**
 * @param program - the root program
 */
export function registerInitCommand(program: Command): void {
  program
    .command('init')
    .description('create the store, or migrate it to the current schema')
    .action(async (_options: unknown, command: Command) => {
      const options = globalOptions(command);
      await withStore(options, async (store) => {
        const counts = await store.counts();
        if (options.json) printJson({ dialect: store.dialect, location: store.location, ...counts });
        else {
          process.stdout.write(
            `Store ready: ${store.dialect} at ${store.location} (${counts.entities} entities, ${counts.statements} statements)\n`,
          );
        }
      });
    });
}
