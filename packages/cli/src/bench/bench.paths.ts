/**
 * Where the benchmarks read and write: the repository root, the CLI entry point, the world cache
 * (bench/data, ignored by git) and the results (bench/results).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

// Resolved through the package name, so the path holds from the sources and from the CLI bundle
// (packages/cli/dist), whose import.meta.url differs.
const require = createRequire(import.meta.url);

/** The repository root (two levels above packages/cli). */
export const REPO_ROOT = join(dirname(require.resolve('@daylight/cli/package.json')), '..', '..');

/** The `daylight` command, run in child processes. */
export const DAYLIGHT_BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'daylight.js');

/** Generated worlds, keyed by scale, seed and generator version. */
export const BENCH_DATA_DIR = join(REPO_ROOT, 'bench', 'data');

/** `NAME.json` per benchmark. */
export const BENCH_RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
