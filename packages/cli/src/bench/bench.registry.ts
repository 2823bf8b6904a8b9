/**
 * Benchmarks by name. BENCHMARKS.md lists the suite; those not written yet are named here so that
 * asking for one gets a plain "not implemented yet" instead of a made-up figure.
 */
import { CliUsageError } from '../context.js';
import type { Benchmark } from './bench.types.js';
import { importBenchmark } from './import.bench.js';
import { extractBenchmark } from './extract.bench.js';
import { matchBenchmark } from './match.bench.js';
import { searchBenchmark } from './search.bench.js';
import { formatsBenchmark } from './formats.bench.js';
import { ownershipBenchmark } from './ownership.bench.js';

/** Every benchmark BENCHMARKS.md defines, in its order. */
export const BENCHMARK_NAMES = [
  'import',
  'import-formats',
  'search',
  'match',
  'ownership',
  'screen',
  'extract',
  'serve',
  'graph-ui',
] as const;

/** The benchmarks that exist, by name. */
export const BENCHMARKS: ReadonlyMap<string, Benchmark> = new Map([
  [importBenchmark.name, importBenchmark],
  [extractBenchmark.name, extractBenchmark],
  [matchBenchmark.name, matchBenchmark],
  [searchBenchmark.name, searchBenchmark],
  [formatsBenchmark.name, formatsBenchmark],
  [ownershipBenchmark.name, ownershipBenchmark],
]);

/** What `--only` selects. */
export interface Selection {
  /** Benchmarks to run, in BENCHMARKS.md order. */
  readonly run: readonly Benchmark[];
  /** Names asked for (or, without `--only`, defined) that have no implementation yet. */
  readonly notImplemented: readonly string[];
}

/**
 * Resolves `--only` against the suite.
 * @param only - names, or undefined for the whole suite
 * @returns what to run and what is missing
 * @throws CliUsageError when a name is not a benchmark at all
 */
export function selectBenchmarks(only: readonly string[] | undefined): Selection {
  const known: readonly string[] = BENCHMARK_NAMES;
  const unknown = (only ?? []).filter((name) => !known.includes(name));
  if (unknown.length > 0) {
    throw new CliUsageError(
      `--only: ${unknown.map((n) => `"${n}"`).join(', ')} ${unknown.length === 1 ? 'is not a benchmark' : 'are not benchmarks'}. ` +
        `Choose from: ${BENCHMARK_NAMES.join(', ')}.`,
    );
  }
  // `import` names the family: the FtM world import with its baseline, and the other formats.
  const asked = only?.flatMap((name) => (name === 'import' ? ['import', 'import-formats'] : [name]));
  const wanted = asked === undefined ? known : known.filter((name) => asked.includes(name));
  const run: Benchmark[] = [];
  const notImplemented: string[] = [];
  for (const name of wanted) {
    const benchmark = BENCHMARKS.get(name);
    if (benchmark) run.push(benchmark);
    else notImplemented.push(name);
  }
  return { run, notImplemented };
}
