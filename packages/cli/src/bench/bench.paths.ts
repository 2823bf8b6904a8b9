/**
 * Where the benchmarks read and write: the repository root, the CLI entry point, the world cache
 * (bench/data, ignored by git) and the results (bench/results).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The repository root (this file is packages/cli/src/bench/bench.paths.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** The `daylight` command, run in child processes. */
export const DAYLIGHT_BIN = join(REPO_ROOT, 'packages', 'cli', 'bin', 'daylight.js');

/** Generated worlds, keyed by scale, seed and generator version. */
export const BENCH_DATA_DIR = join(REPO_ROOT, 'bench', 'data');

/** `NAME.json` per benchmark. */
export const BENCH_RESULTS_DIR = join(REPO_ROOT, 'bench', 'results');
