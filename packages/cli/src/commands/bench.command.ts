/**
 * `daylight bench …`: the synthetic world generator and the benchmark suite.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import { globalOptions, printJson } from '../context.js';
import { parseOnly, parseRepeats, parseScale, parseSeed } from '../bench/bench.options.js';
import { BENCHMARKS, BENCHMARK_NAMES } from '../bench/bench.registry.js';
import { runBenchmarks } from '../bench/bench.runner.js';
import {
  DEFAULT_SEED,
  SCALES,
  writeWorld,
  writeWorldFile,
  type ProgressListener,
  type WorldSummary,
} from '../bench/world.generator.js';

interface GenerateFlags {
  readonly scale?: string;
  readonly seed?: string;
  readonly out: string;
}

interface RunFlags {
  readonly scale?: string;
  readonly seed?: string;
  readonly only?: string;
  readonly repeats?: string;
}

function progressBar(enabled: boolean): { update: ProgressListener; stop: () => void } {
  if (!enabled) return { update: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: 'generating [{bar}] {percentage}% | {value}/{total} entities',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (written, total) => {
      if (!started) {
        bar.start(total, written);
        started = true;
      } else bar.update(written);
    },
    stop: () => {
      if (started) bar.stop();
    },
  };
}

function describe(summary: WorldSummary, where: string): string {
  const parts = Object.entries(summary.bySchema).map(
    ([schema, n]) => `${n.toLocaleString('en-GB')} ${schema}`,
  );
  return (
    `Wrote ${summary.entities.toLocaleString('en-GB')} entities (${parts.join(', ')}; ` +
    `${(summary.bytes / 2 ** 20).toFixed(1)} MiB) to ${where} in ${summary.seconds.toFixed(1)} s ` +
    `(scale ${summary.scale}, seed ${summary.seed}).\n`
  );
}

/**
 * Registers `bench generate`, `bench run` and `bench list`.
 * @param program - the root program
 */
export function registerBenchCommands(program: Command): void {
  const bench = program.command('bench').description('benchmarks (see BENCHMARKS.md and bench/README.md)');

  bench
    .command('generate')
    .description('write a deterministic synthetic corporate world as FtM JSON lines')
    .option('--scale <scale>', `${SCALES.join(' | ')} (default: small)`)
    .option('--seed <n>', `random seed, 0–4294967295 (default: ${DEFAULT_SEED})`)
    .requiredOption('--out <file>', 'file to write ("-" for standard output)')
    .action(async (flags: GenerateFlags, command: Command) => {
      const options = globalOptions(command);
      const world = { scale: parseScale(flags.scale), seed: parseSeed(flags.seed) };
      if (flags.out === '-') {
        // A closed pipe (`| head`) is how a reader says it has enough: not an error.
        let closed = false;
        const onError = (error: NodeJS.ErrnoException): void => {
          if (error.code === 'EPIPE') closed = true;
        };
        process.stdout.on('error', onError);
        try {
          const summary = await writeWorld(world, process.stdout);
          process.stderr.write(describe(summary, 'standard output'));
        } catch (error) {
          if (!closed) throw error;
        } finally {
          process.stdout.off('error', onError);
        }
        return;
      }
      const out = resolve(flags.out);
      mkdirSync(dirname(out), { recursive: true });
      const bar = progressBar(process.stderr.isTTY && !options.json);
      const summary = await writeWorldFile(world, out, bar.update).finally(() => bar.stop());
      if (options.json) printJson({ ...summary, file: out });
      else process.stderr.write(describe(summary, out));
    });

  bench
    .command('run')
    .description('run benchmarks; print a table per benchmark and write bench/results/NAME.json')
    .option('--scale <scale>', `${SCALES.join(' | ')} (default: small)`)
    .option('--only <names>', `comma-separated: ${BENCHMARK_NAMES.join(', ')}`)
    .option('--seed <n>', `seed of the generated world (default: ${DEFAULT_SEED})`)
    .option('--repeats <n>', 'runs per measurement (default: 3 at small and medium, 1 at large)')
    .action(async (flags: RunFlags, command: Command) => {
      const options = globalOptions(command);
      await runBenchmarks({
        scale: parseScale(flags.scale),
        seed: parseSeed(flags.seed),
        only: parseOnly(flags.only),
        repeats: parseRepeats(flags.repeats),
        json: options.json,
      });
    });

  bench
    .command('list')
    .description('list the benchmarks of BENCHMARKS.md and which are implemented')
    .action((_flags: unknown, command: Command) => {
      const options = globalOptions(command);
      const rows = BENCHMARK_NAMES.map((name) => ({
        name,
        implemented: BENCHMARKS.has(name),
        description: BENCHMARKS.get(name)?.description ?? 'not implemented yet',
      }));
      if (options.json) printJson(rows);
      else for (const r of rows) process.stdout.write(`${r.name.padEnd(10)} ${r.description}\n`);
    });
}
