#!/usr/bin/env node
// The `daylight` command. It runs the bundle built at install time (scripts/build-cli.js) when
// that bundle is newer than every source file; otherwise it runs the TypeScript sources through
// tsx, so an edited checkout never runs stale code.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packages = fileURLToPath(new URL('../../', import.meta.url));
const bundle = new URL('../dist/daylight.mjs', import.meta.url);

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith('.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function bundleIsFresh() {
  if (process.env.DAYLIGHT_FROM_SOURCE === '1' || !existsSync(bundle)) return false;
  const built = statSync(bundle).mtimeMs;
  for (const name of ['core', 'store', 'ingest', 'server', 'cli']) {
    const src = `${packages}${name}/src`;
    if (existsSync(src) && newestSource(src) > built) return false;
  }
  return true;
}

if (bundleIsFresh()) {
  await import(bundle.href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/main.ts');
}
