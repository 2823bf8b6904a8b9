// Bundles the CLI (and the workspace packages it uses) into ES modules, so that `daylight` starts
// without compiling TypeScript on the fly. npm packages stay external, except Kysely, whose
// hundreds of small modules cost more to load one by one than to bundle. Dynamic imports (the
// server, loaded only by `serve`) stay separate chunks.
import { build } from 'esbuild';

await build({
  entryPoints: ['packages/cli/src/main.ts'],
  outdir: 'packages/cli/dist',
  entryNames: 'daylight',
  chunkNames: 'chunks/[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'external-npm-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@daylight/') || args.path === 'kysely'
            ? undefined
            : { path: args.path, external: true },
        );
      },
    },
  ],
});
