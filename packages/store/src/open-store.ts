/**
 * Opening a store from configuration.
 */
import { DaylightError } from '@daylight/core';
import { PostgresStore } from './postgres/postgres-store.js';
import { SqliteStore } from './sqlite/sqlite-store.js';
import type { Store } from './store.js';

/** Where the data lives: a SQLite file, or a PostgreSQL server. */
export type StoreOptions = { readonly sqlitePath: string } | { readonly databaseUrl: string };

/** The database could not be opened (unreachable server, unreadable file …). */
export class StoreUnavailableError extends DaylightError {
  /**
   * @param location - what was being opened
   * @param cause - the driver's message
   */
  constructor(location: string, cause: string) {
    super('store_unavailable', `Cannot open the store at ${location}: ${cause}`);
  }
}

/**
 * Opens a store and brings its schema up to date (versioned migrations, applied at start).
 * @param options - a SQLite file path or a PostgreSQL URL
 * @returns the open store; close it when done
 * @throws StoreUnavailableError when the database cannot be opened
 */
export async function openStore(options: StoreOptions): Promise<Store> {
  if ('databaseUrl' in options) {
    if (!/^postgres(ql)?:\/\//.test(options.databaseUrl)) {
      throw new StoreUnavailableError(
        options.databaseUrl,
        'the URL must start with postgres:// or postgresql://',
      );
    }
    try {
      return await PostgresStore.open(options.databaseUrl);
    } catch (error) {
      const url = new URL(options.databaseUrl);
      url.password = '';
      throw new StoreUnavailableError(url.toString(), error instanceof Error ? error.message : String(error));
    }
  }
  try {
    return SqliteStore.open(options.sqlitePath);
  } catch (error) {
    throw new StoreUnavailableError(
      options.sqlitePath,
      error instanceof Error ? error.message : String(error),
    );
  }
}
