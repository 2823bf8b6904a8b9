// Type-checks every workspace with its own tsconfig, so that `core` is checked without Node or DOM types.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const projects = [
  'packages/core',
  'packages/store',
  'packages/ingest',
  'packages/server',
  'packages/cli',
  'packages/web',
  'e2e',
];
const tsc = 'node_modules/typescript/bin/tsc';
let failed = false;
for (const project of projects) {
  if (!existsSync(`${project}/tsconfig.json`)) continue;
  try {
    execFileSync(process.execPath, [tsc, '-p', project], { stdio: 'inherit' });
    console.log(`typecheck ${project}: ok`);
  } catch {
    console.error(`typecheck ${project}: failed`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
