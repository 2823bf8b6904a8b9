/**
 * The `daylight` program: global options, the commands, and the mapping of errors to exit codes.
 */
import { Command, CommanderError } from 'commander';
import { ZodError } from 'zod';
import { DaylightError } from '@daylight/core';
import { registerBenchCommands } from './commands/bench.command.js';
import { registerCompareCommand } from './commands/compare.command.js';
import { registerMatchCommand } from './commands/match.command.js';
import { registerDedupeCommand } from './commands/dedupe.command.js';
import { registerExportCommand } from './commands/export.command.js';
import { registerExtractCommand } from './commands/extract.command.js';
import { registerIngestCommand } from './commands/ingest.command.js';
import { registerReviewCommand } from './commands/review.command.js';
import { registerImportCommand } from './commands/import.command.js';
import { registerInitCommand } from './commands/init.command.js';
import { registerSearchCommand } from './commands/search.command.js';
import { registerServeCommand } from './commands/serve.command.js';
import { registerShowCommand } from './commands/show.command.js';
import { registerHoldingsCommand } from './commands/holdings.command.js';
import { registerInvestorsCommand } from './commands/investors.command.js';
import { registerOwnersCommand } from './commands/owners.command.js';
import { registerPathCommand } from './commands/path.command.js';

/** Exit code: success. */
export const EXIT_OK = 0;
/** Exit code: the user asked for something wrong (message on stderr). */
export const EXIT_USER = 1;
/** Exit code: a bug or an outage. */
export const EXIT_INTERNAL = 2;

/**
 * Builds the program with every command registered.
 * @returns the commander program
 */
export function buildProgram(): Command {
  const program = new Command('daylight')
    .description(
      'Daylight: an investigative database of the surveillance industry, where every fact has a source.',
    )
    .option('--db <path>', 'SQLite database file (default ./data/daylight.db, or $DAYLIGHT_DB)')
    .option('--database-url <url>', 'PostgreSQL URL (or $DATABASE_URL); takes precedence over --db')
    .option('--json', 'print machine-readable JSON')
    .showHelpAfterError()
    .exitOverride();
  for (const register of [
    registerInitCommand,
    registerServeCommand,
    registerImportCommand,
    registerExportCommand,
    registerSearchCommand,
    registerShowCommand,
    registerOwnersCommand,
    registerHoldingsCommand,
    registerInvestorsCommand,
    registerPathCommand,
    registerExtractCommand,
    registerIngestCommand,
    registerReviewCommand,
    registerCompareCommand,
    registerMatchCommand,
    registerDedupeCommand,
    registerBenchCommands,
  ]) {
    register(program);
  }
  for (const command of program.commands) command.exitOverride();
  return program;
}

/**
 * Runs the CLI.
 * @param argv - process.argv
 * @returns the exit code
 */
export async function runCli(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync([...argv]);
    return EXIT_OK;
  } catch (error) {
    return reportError(error);
  }
}

function reportError(error: unknown): number {
  if (error instanceof CommanderError) {
    // commander has printed its message already; help and version are not errors.
    if (
      error.code === 'commander.helpDisplayed' ||
      error.code === 'commander.version' ||
      error.exitCode === 0
    ) {
      return EXIT_OK;
    }
    return EXIT_USER;
  }
  if (error instanceof DaylightError) {
    process.stderr.write(`daylight: ${error.message}\n`);
    return error.userError ? EXIT_USER : EXIT_INTERNAL;
  }
  if (error instanceof ZodError) {
    const lines = error.issues.map((i) => `  ${i.path.join('.') || '(value)'}: ${i.message}`);
    process.stderr.write(`daylight: invalid arguments:\n${lines.join('\n')}\n`);
    return EXIT_USER;
  }
  process.stderr.write(
    `daylight: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  return EXIT_INTERNAL;
}
