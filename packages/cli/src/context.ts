/**
 * What every command gets: the global options, a way to open the store, and output helpers.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { openStore, type Store } from '@daylight/store';
import { DaylightError } from '@daylight/core';

/** Options every command accepts. */
export const globalOptionsSchema = z.object({
  db: z.string().min(1).optional(),
  databaseUrl: z.string().min(1).optional(),
  json: z.boolean().optional(),
});

/** The resolved global options. */
export interface GlobalOptions {
  /** SQLite file, when no database URL is given. */
  readonly dbPath: string;
  /** PostgreSQL URL; takes precedence over `dbPath`. */
  readonly databaseUrl: string | undefined;
  readonly json: boolean;
}

/** A user error raised by the CLI itself (bad flag combination, missing file …). */
export class CliUsageError extends DaylightError {
  /** @param message - what was wrong and what to do */
  constructor(message: string) {
    super('cli_usage', message);
  }
}

/**
 * Reads the global options of a command (they are defined on the root program).
 * @param command - the running command
 * @returns the resolved options, environment variables included
 */
export function globalOptions(command: Command): GlobalOptions {
  const raw = globalOptionsSchema.parse(command.optsWithGlobals());
  return {
    dbPath: resolve(raw.db ?? process.env.DAYLIGHT_DB ?? './data/daylight.db'),
    databaseUrl: raw.databaseUrl ?? (process.env.DATABASE_URL || undefined),
    json: raw.json ?? false,
  };
}

/**
 * Opens the store the options point at (migrating it to the current schema), runs `work`, and
 * closes the store whatever happens.
 * @param options - global options
 * @param work - what to do with the store
 * @returns what `work` returns
 */
export async function withStore<T>(options: GlobalOptions, work: (store: Store) => Promise<T>): Promise<T> {
  if (!options.databaseUrl) mkdirSync(dirname(options.dbPath), { recursive: true });
  const store = await openStore(
    options.databaseUrl ? { databaseUrl: options.databaseUrl } : { sqlitePath: options.dbPath },
  );
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/**
 * Prints a value as one line of JSON on stdout.
 * @param value - anything JSON can hold
 */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`);
}

/**
 * Parses an integer option.
 * @param name - the option, for the message
 * @param min - smallest allowed value
 * @returns a commander argument parser
 */
export function intOption(name: string, min: number) {
  return (value: string): number => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < min)
      throw new CliUsageError(`${name} must be a whole number ≥ ${min}, got "${value}".`);
    return n;
  };
}
