/**
 * `daylight bench run`: runs the selected benchmarks one after the other, prints each table (or a
 * JSON line per benchmark with --json) and writes bench/results/NAME.json.
 */
import { BENCH_DATA_DIR, BENCH_RESULTS_DIR } from './bench.paths.js';
import { selectBenchmarks } from './bench.registry.js';
import type { BenchContext } from './bench.types.js';
import { formatReport, writeReport, type BenchmarkReport } from './harness.js';
import { ensureWorld, type CachedWorld } from './world.cache.js';
import type { Scale } from './world.generator.js';

/** What to run. */
export interface RunOptions {
  readonly scale: Scale;
  readonly seed: number;
  readonly only: readonly string[] | undefined;
  readonly repeats: number | undefined;
  readonly json: boolean;
}

/** The outcome of `bench run`. */
export interface RunOutcome {
  readonly reports: readonly BenchmarkReport[];
  readonly notImplemented: readonly string[];
}

/**
 * Runs benchmarks.
 * @param options - scale, seed, selection, output mode
 * @returns the reports, and the names that have no implementation yet
 * @throws CliUsageError when `only` names something that is not a benchmark
 * @throws Error after the others have run, when a benchmark failed
 */
export async function runBenchmarks(options: RunOptions): Promise<RunOutcome> {
  const selection = selectBenchmarks(options.only);
  const log = (message: string): void => {
    process.stderr.write(`bench: ${message}\n`);
  };
  for (const name of selection.notImplemented) {
    if (options.json) process.stdout.write(`${JSON.stringify({ name, status: 'not-implemented' })}\n`);
    else log(`${name}: not implemented yet`);
  }
  let world: Promise<CachedWorld> | undefined;
  const ctx: BenchContext = {
    scale: options.scale,
    seed: options.seed,
    repeats: options.repeats,
    log,
    world: () => (world ??= ensureWorld(BENCH_DATA_DIR, options.scale, options.seed, log)),
  };
  const reports: BenchmarkReport[] = [];
  const failed: string[] = [];
  for (const benchmark of selection.run) {
    log(`${benchmark.name}: ${benchmark.description} (scale ${options.scale}, seed ${options.seed})`);
    let report: BenchmarkReport;
    try {
      report = await benchmark.run(ctx);
    } catch (error) {
      // One broken benchmark should not hide the figures of the others.
      log(
        `${benchmark.name}: FAILED: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
      failed.push(benchmark.name);
      continue;
    }
    const paths = await writeReport(report, BENCH_RESULTS_DIR);
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    else process.stdout.write(`${formatReport(report)}\n\n`);
    log(`${benchmark.name}: results in ${paths.join(' and ')}`);
    reports.push(report);
  }
  if (failed.length > 0) {
    throw new Error(`benchmark${failed.length === 1 ? '' : 's'} failed: ${failed.join(', ')} (see above).`);
  }
  return { reports, notImplemented: selection.notImplemented };
}
