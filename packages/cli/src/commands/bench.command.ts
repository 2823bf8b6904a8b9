/**
 * `daylight bench …`: the synthetic world generator and the benchmark suite.
 */
import type { Command } from 'commander';

/**
 * Registers `bench generate` and `bench run`.
 * @param program - the root program
 */
export function registerBenchCommands(program: Command): void {
  program.command('bench').description('benchmarks (see BENCHMARKS.md)');
}
