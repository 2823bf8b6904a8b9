/**
 * Test support: real stores to run a suite against. SQLite always; PostgreSQL when a server is
 * reachable (a fresh database per store, dropped afterwards). Set DAYLIGHT_REQUIRE_PG=1 to make
 * an unreachable server a failure instead of a skip (CI does).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../open-store.js';
import type { Store } from '../store.js';

/** The server the PostgreSQL suites use: $DAYLIGHT_TEST_PG_URL, or the local one. */
export const TEST_PG_URL = process.env.DAYLIGHT_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A kind of store a suite runs against. */
export interface StoreKind {
  readonly name: 'sqlite' | 'postgres';
  /** False when the kind cannot run here (no PostgreSQL server); the suite then skips. */
  readonly available: boolean;
  /** Opens a new, empty store. */
  open(): Promise<TestStore>;
}

/** A store plus what it takes to make it vanish. */
export interface TestStore {
  readonly store: Store;
  /** Where it lives: the SQLite path or the PostgreSQL URL. */
  readonly location: { sqlitePath: string } | { databaseUrl: string };
  /** Closes the store and deletes its file or database. */
  dispose(): Promise<void>;
}

async function postgresReachable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_PG_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/**
 * The store kinds to loop a suite over. Prints a notice when PostgreSQL is skipped; throws when
 * it is required and absent.
 * @returns SQLite and PostgreSQL
 */
export async function storeKinds(): Promise<StoreKind[]> {
  const pgProblem = await postgresReachable();
  if (pgProblem !== undefined) {
    const message = `PostgreSQL at ${TEST_PG_URL} is not reachable (${pgProblem})`;
    if (process.env.DAYLIGHT_REQUIRE_PG === '1')
      throw new Error(`${message}; DAYLIGHT_REQUIRE_PG=1 requires it.`);
    console.warn(`NOTICE: ${message}: the PostgreSQL store tests are skipped.`);
  }
  return [
    {
      name: 'sqlite',
      available: true,
      open: async () => {
        const dir = mkdtempSync(join(tmpdir(), 'daylight-test-'));
        const sqlitePath = join(dir, 'test.db');
        const store = await openStore({ sqlitePath });
        return {
          store,
          location: { sqlitePath },
          dispose: async () => {
            await store.close();
            rmSync(dir, { recursive: true, force: true });
          },
        };
      },
    },
    {
      name: 'postgres',
      available: pgProblem === undefined,
      open: async () => {
        const name = `daylight_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
        const admin = new pg.Client({ connectionString: TEST_PG_URL });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        await admin.end();
        const url = new URL(TEST_PG_URL);
        url.pathname = `/${name}`;
        const databaseUrl = url.toString();
        const store = await openStore({ databaseUrl });
        return {
          store,
          location: { databaseUrl },
          dispose: async () => {
            await store.close();
            const drop = new pg.Client({ connectionString: TEST_PG_URL });
            await drop.connect();
            await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
            await drop.end();
          },
        };
      },
    },
  ];
}
