/**
 * What a benchmark is and what it gets to run.
 */
import type { BenchmarkReport } from './harness.js';
import type { CachedWorld } from './world.cache.js';
import type { Scale } from './world.generator.js';

/** What every benchmark run gets. */
export interface BenchContext {
  readonly scale: Scale;
  readonly seed: number;
  /** Repetitions asked for on the command line; each benchmark has its own default per scale. */
  readonly repeats: number | undefined;
  /** Progress messages (stderr). */
  readonly log: (message: string) => void;
  /** The generated world of this scale and seed, generated on first use and cached. */
  readonly world: () => Promise<CachedWorld>;
}

/** A benchmark, registered by name. */
export interface Benchmark {
  readonly name: string;
  readonly description: string;
  /**
   * Runs the benchmark.
   * @param ctx - scale, seed, logging, the world
   * @returns every figure measured
   */
  run(ctx: BenchContext): Promise<BenchmarkReport>;
}
