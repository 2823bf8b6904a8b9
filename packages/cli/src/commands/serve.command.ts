/**
 * `daylight serve [--host 127.0.0.1] [--port 7878]`: the API and the web UI.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { globalOptions, intOption, withStore } from '../context.js';

// Resolved through the package names, so the paths hold from the sources and from the bundle.
const require = createRequire(import.meta.url);
/** The built web UI. */
const WEB_ROOT = join(dirname(require.resolve('@daylight/web/package.json')), 'dist/');
const VERSION = z
  .object({ version: z.string() })
  .parse(JSON.parse(readFileSync(require.resolve('@daylight/cli/package.json'), 'utf8'))).version;

/**
 * @param program - the root program
 */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the web UI and the HTTP API')
    .option('--host <host>', 'interface to listen on', '127.0.0.1')
    .option('--port <port>', 'port to listen on (0 picks a free one)', intOption('--port', 0), 7878)
    .action(async (opts: { host: string; port: number }, command: Command) => {
      const options = globalOptions(command);
      await withStore(options, async (store) => {
        // Loaded here, not at start-up: other commands should not pay for Fastify.
        const { buildApp } = await import('@daylight/server');
        const hasWeb = existsSync(`${WEB_ROOT}index.html`);
        const app = await buildApp({
          store,
          webRoot: hasWeb ? WEB_ROOT : undefined,
          logger: false,
          version: VERSION,
        });
        const address = await app.listen({ host: opts.host, port: opts.port });
        process.stdout.write(`Daylight is serving ${store.dialect} store ${store.location} at ${address}\n`);
        if (!hasWeb)
          process.stderr.write('The web UI is not built (run `npm run build`); serving the API only.\n');
        await new Promise<void>((resolve) => {
          const stop = () => resolve();
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
        await app.close();
      });
    });
}
