/**
 * The `import` benchmark: the generated world, as FtM JSON lines, into an empty store through the
 * real importer (`daylight import --format ftm`, in a child process so that its peak memory is its
 * own), against the storage limit measured in the same run — the same statement rows inserted by a
 * bare prepared INSERT loop in one transaction into the same `statements` table.
 *
 * SQLite always; PostgreSQL too when DATABASE_URL is set (each run gets a fresh database
 * `daylight_bench_<random>`, dropped afterwards).
 */
import { createReadStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import pg from 'pg';
import { z } from 'zod';
import { datasetId, importSourceId, parseFtmEntity, type ParseContext } from '@daylight/core';
import { STATEMENT_COLUMNS, openStore, statementValues } from '@daylight/store';
import type { Benchmark, BenchContext } from './bench.types.js';
import { DAYLIGHT_BIN, REPO_ROOT } from './bench.paths.js';
import {
  machineInfo,
  ratioOf,
  runNode,
  summarize,
  summarizeFigure,
  type BenchmarkReport,
  type ChildRun,
  type ReportSection,
  type TargetCheck,
} from './harness.js';
import type { Scale } from './world.generator.js';

/** Runs per store when `--repeats` is not given. */
const DEFAULT_REPEATS: Readonly<Record<Scale, number>> = { small: 3, medium: 3, large: 1 };
/** The importer's default dataset; the baseline derives the same statement ids. */
const DATASET = 'default';
/** Recorded as the author of every statement, by the importer (via DAYLIGHT_AUTHOR) and the baseline. */
const AUTHOR = 'bench';
/** Statements parsed ahead of each timed insert burst. */
const CHUNK_ROWS = 20_000;
/** Rows per multi-row INSERT on PostgreSQL (18 columns → 18,000 parameters, under the 65,535 limit). */
const PG_BATCH_ROWS = 1_000;
/** What SqliteStore.open sets on its connection; mirrored by the baseline and recorded in the report. */
const SQLITE_PRAGMAS = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'cache_size = -131072',
  'temp_store = MEMORY',
];
const MIB = 2 ** 20;
const GIB = 2 ** 30;

/** What `daylight import --json` prints. */
const importSummarySchema = z.object({
  entities: z.number().int(),
  statements: z.number().int(),
  inserted: z.number().int().optional(),
  errors: z.array(z.unknown()),
});

type Row = Array<string | number | null>;

/** What one run of the importer measured. */
interface ImporterRun {
  readonly wallSeconds: number;
  /** `daylight import --help`, just before. */
  readonly startupSeconds: number;
  readonly netSeconds: number;
  readonly entities: number;
  readonly statements: number;
  readonly inserted: number | null;
  readonly maxRssBytes: number | null;
  readonly sampledPeakRssBytes: number | null;
  readonly polledPeakRssBytes: number | null;
  readonly storeBytes: number | null;
}

/** What one run of the baseline measured. */
interface BaselineRun {
  /** Time inside the INSERT loop and COMMIT only. */
  readonly insertSeconds: number;
  /** Reading, parsing and inserting. */
  readonly totalSeconds: number;
  readonly entities: number;
  readonly statements: number;
}

/** A store under test: how to give the importer and the baseline a fresh, empty one. */
interface StoreTarget {
  readonly label: 'sqlite' | 'postgres';
  /** Creates an empty store, runs `work` with the CLI arguments that select it, then removes it. */
  withFresh<T>(work: (fresh: FreshStore) => Promise<T>): Promise<T>;
  /** The bare INSERT loop into a fresh store's `statements` table. */
  baseline(fresh: FreshStore, file: string): Promise<BaselineRun>;
}

interface FreshStore {
  /** Global CLI options selecting this store. */
  readonly cliArgs: readonly string[];
  readonly location: string;
  /** Bytes the store takes on disk now. */
  size(): Promise<number | null>;
}

function parseContext(file: string): ParseContext {
  return {
    dataset: datasetId(DATASET),
    sourceId: importSourceId(DATASET, basename(file)),
    author: AUTHOR,
    now: new Date().toISOString(),
  };
}

/**
 * Streams the statement rows of a world file in chunks, parsed exactly as the importer parses
 * them (parseFtmEntity) and laid out as the store lays them out (statementValues).
 */
async function* statementChunks(file: string): AsyncGenerator<{ rows: Row[]; entities: number }> {
  const ctx = parseContext(file);
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let rows: Row[] = [];
  let entities = 0;
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    const parsed = parseFtmEntity(JSON.parse(line) as unknown, ctx);
    if (!parsed.ok) {
      throw new Error(
        `${file}:${lineNo}: the generated world does not parse: ${JSON.stringify(parsed.problems)}`,
      );
    }
    entities += parsed.records.length;
    for (const s of parsed.statements) rows.push(statementValues(s));
    if (rows.length >= CHUNK_ROWS) {
      yield { rows, entities };
      rows = [];
      entities = 0;
    }
  }
  if (rows.length > 0 || entities > 0) yield { rows, entities };
}

async function sqliteFileSize(path: string): Promise<number> {
  let total = 0;
  for (const suffix of ['', '-wal', '-shm'])
    total += await stat(path + suffix).then(
      (s) => s.size,
      () => 0,
    );
  return total;
}

const sqliteTarget: StoreTarget = {
  label: 'sqlite',
  async withFresh(work) {
    const dir = await mkdtemp(join(tmpdir(), 'daylight-bench-'));
    const path = join(dir, 'bench.db');
    try {
      return await work({ cliArgs: ['--db', path], location: path, size: () => sqliteFileSize(path) });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
  async baseline(fresh, file) {
    // The store's own migrations create the table; then the bare driver, with the store's pragmas.
    const store = await openStore({ sqlitePath: fresh.location });
    await store.close();
    const db = new BetterSqlite3(fresh.location);
    try {
      // The connection settings SqliteStore.open uses (packages/store/src/sqlite/sqlite-store.ts):
      // the baseline gets the same page cache as the importer, so the ratio compares work, not tuning.
      for (const pragma of SQLITE_PRAGMAS) db.pragma(pragma);
      const insert = db.prepare(
        `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')}) VALUES (${STATEMENT_COLUMNS.map(() => '?').join(', ')})`,
      );
      const started = performance.now();
      let insertMs = 0;
      let statements = 0;
      let entities = 0;
      db.exec('BEGIN');
      for await (const chunk of statementChunks(file)) {
        const t0 = performance.now();
        for (const row of chunk.rows) insert.run(...row);
        insertMs += performance.now() - t0;
        statements += chunk.rows.length;
        entities += chunk.entities;
      }
      const t0 = performance.now();
      db.exec('COMMIT');
      insertMs += performance.now() - t0;
      return {
        insertSeconds: insertMs / 1000,
        totalSeconds: (performance.now() - started) / 1000,
        entities,
        statements,
      };
    } finally {
      db.close();
    }
  },
};

/** SQLSTATE object_in_use: a backend of the database has not gone away yet. */
const PG_OBJECT_IN_USE = '55006';

/**
 * Drops a benchmark database, terminating its sessions (PostgreSQL 13+) and retrying while a
 * just-closed backend is still exiting.
 */
async function dropDatabase(admin: pg.Client, name: string): Promise<void> {
  const version = await admin.query<{ v: string }>('SHOW server_version_num');
  const force = Number(version.rows[0]?.v ?? 0) >= 130_000 ? ' WITH (FORCE)' : '';
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${name}${force}`);
      return;
    } catch (error) {
      const code = (error as { code?: unknown }).code;
      if (code !== PG_OBJECT_IN_USE || attempt >= 10) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function postgresTarget(adminUrl: string, log: (message: string) => void): StoreTarget {
  return {
    label: 'postgres',
    async withFresh(work) {
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      const name = `daylight_bench_${randomBytes(6).toString('hex')}`;
      // Interrupted runs should not leave databases behind.
      const onSignal = (signal: NodeJS.Signals): void => {
        log(`${signal}: dropping ${name} …`);
        void dropDatabase(admin, name).finally(() => process.exit(130));
      };
      process.once('SIGINT', onSignal);
      process.once('SIGTERM', onSignal);
      try {
        await admin.query(`CREATE DATABASE ${name}`);
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const size = async (): Promise<number | null> => {
          const result = await admin.query<{ size: string }>('SELECT pg_database_size($1)::text AS size', [
            name,
          ]);
          return Number(result.rows[0]?.size ?? Number.NaN);
        };
        let result: Awaited<ReturnType<typeof work>>;
        try {
          result = await work({
            cliArgs: ['--database-url', url.toString()],
            location: url.toString(),
            size,
          });
        } catch (error) {
          // Report the failure, not a failure to clean up after it.
          await dropDatabase(admin, name).catch((dropError: unknown) =>
            log(`could not drop ${name}: ${String(dropError)}`),
          );
          throw error;
        }
        await dropDatabase(admin, name);
        return result;
      } finally {
        process.off('SIGINT', onSignal);
        process.off('SIGTERM', onSignal);
        await admin.end();
      }
    },
    async baseline(fresh, file) {
      const store = await openStore({ databaseUrl: fresh.location });
      await store.close();
      const client = new pg.Client({ connectionString: fresh.location });
      await client.connect();
      try {
        const columns = STATEMENT_COLUMNS.length;
        const sql = (rows: number): string => {
          const tuples: string[] = [];
          for (let r = 0; r < rows; r++) {
            tuples.push(`(${STATEMENT_COLUMNS.map((_, c) => `$${r * columns + c + 1}`).join(', ')})`);
          }
          return `INSERT INTO statements (${STATEMENT_COLUMNS.join(', ')}) VALUES ${tuples.join(', ')}`;
        };
        const full = sql(PG_BATCH_ROWS);
        const started = performance.now();
        let insertMs = 0;
        let statements = 0;
        let entities = 0;
        await client.query('BEGIN');
        for await (const chunk of statementChunks(file)) {
          const t0 = performance.now();
          for (let i = 0; i < chunk.rows.length; i += PG_BATCH_ROWS) {
            const rows = chunk.rows.slice(i, i + PG_BATCH_ROWS);
            const values = rows.flat();
            // A named statement is parsed and planned once and reused for every full batch.
            if (rows.length === PG_BATCH_ROWS)
              await client.query({ name: 'bench_insert', text: full, values });
            else await client.query(sql(rows.length), values);
          }
          insertMs += performance.now() - t0;
          statements += chunk.rows.length;
          entities += chunk.entities;
        }
        const t0 = performance.now();
        await client.query('COMMIT');
        insertMs += performance.now() - t0;
        return {
          insertSeconds: insertMs / 1000,
          totalSeconds: (performance.now() - started) / 1000,
          entities,
          statements,
        };
      } finally {
        await client.end();
      }
    },
  };
}

/** The child's environment: no DATABASE_URL leaking into a SQLite run, a fixed author. */
function childEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, DAYLIGHT_AUTHOR: AUTHOR };
  delete env.DATABASE_URL;
  delete env.DAYLIGHT_DB;
  return env;
}

function describeFailure(what: string, run: ChildRun): Error {
  const status = run.signal ? `signal ${run.signal}` : `exit ${run.exitCode}`;
  return new Error(
    `${what} failed (${status}).\nstderr:\n${run.stderr.trim()}\nstdout:\n${run.stdout.slice(-4000).trim()}`,
  );
}

/**
 * Time to start the CLI and load every command (`daylight import --help`), measured right before
 * each import so that both see the same load on a shared machine; subtracted from its wall time.
 */
async function measureStartup(): Promise<number> {
  const run = await runNode([DAYLIGHT_BIN, 'import', '--help'], { cwd: REPO_ROOT, env: childEnv() });
  if (run.exitCode !== 0) throw describeFailure('daylight import --help', run);
  return run.wallSeconds;
}

async function runImporter(fresh: FreshStore, file: string, startup: number): Promise<ImporterRun> {
  const run = await runNode([DAYLIGHT_BIN, ...fresh.cliArgs, 'import', file, '--format', 'ftm', '--json'], {
    cwd: REPO_ROOT,
    env: childEnv(),
  });
  if (run.exitCode !== 0) throw describeFailure(`daylight import ${file}`, run);
  const lastLine = run.stdout.trim().split('\n').pop() ?? '';
  let summary: z.infer<typeof importSummarySchema>;
  try {
    summary = importSummarySchema.parse(JSON.parse(lastLine));
  } catch (error) {
    throw new Error(
      `daylight import --json printed no summary this benchmark understands: ${String(error)}\n${lastLine.slice(0, 2000)}`,
      { cause: error },
    );
  }
  if (summary.errors.length > 0) {
    throw new Error(
      `daylight import reported ${summary.errors.length} errors on the generated world: ${JSON.stringify(summary.errors.slice(0, 5))}`,
    );
  }
  return {
    wallSeconds: run.wallSeconds,
    startupSeconds: startup,
    netSeconds: Math.max(0.001, run.wallSeconds - startup),
    entities: summary.entities,
    statements: summary.statements,
    inserted: summary.inserted ?? null,
    maxRssBytes: run.maxRssBytes,
    sampledPeakRssBytes: run.sampledPeakRssBytes ?? run.polledPeakRssBytes,
    polledPeakRssBytes: run.polledPeakRssBytes,
    storeBytes: await fresh.size(),
  };
}

function present(values: ReadonlyArray<number | null>): number[] {
  return values.filter((v): v is number => v !== null && Number.isFinite(v));
}

async function measureStore(
  ctx: BenchContext,
  target: StoreTarget,
  file: string,
  worldEntities: number,
  repeats: number,
): Promise<{ section: ReportSection; statements: number }> {
  const importer: ImporterRun[] = [];
  const baseline: BaselineRun[] = [];
  for (let r = 1; r <= repeats; r++) {
    // Importer and baseline alternate, so that both see the same machine weather.
    ctx.log(`${target.label} run ${r}/${repeats}: daylight import …`);
    const startup = await measureStartup();
    const imp = await target.withFresh((fresh) => runImporter(fresh, file, startup));
    importer.push(imp);
    ctx.log(
      `  ${imp.statements.toLocaleString('en-GB')} statements in ${imp.wallSeconds.toFixed(2)} s (start-up ${startup.toFixed(2)} s), peak RSS ${((imp.maxRssBytes ?? 0) / MIB).toFixed(0)} MiB`,
    );
    ctx.log(`${target.label} run ${r}/${repeats}: baseline (bare INSERT loop) …`);
    const base = await target.withFresh((fresh) => target.baseline(fresh, file));
    baseline.push(base);
    ctx.log(
      `  ${base.statements.toLocaleString('en-GB')} statements inserted in ${base.insertSeconds.toFixed(2)} s`,
    );
  }
  const importerStatementsPerSecond = importer.map((i) => i.statements / i.netSeconds);
  const baselineStatementsPerSecond = baseline.map((b) => b.statements / b.insertSeconds);
  const figures = [
    {
      name: 'statements/s (net of start-up)',
      unit: '1/s',
      better: 'higher' as const,
      values: importerStatementsPerSecond,
    },
    {
      name: 'entities/s (net of start-up)',
      unit: '1/s',
      better: 'higher' as const,
      values: importer.map((i) => i.entities / i.netSeconds),
    },
    {
      name: 'statements/s (wall)',
      unit: '1/s',
      better: 'higher' as const,
      values: importer.map((i) => i.statements / i.wallSeconds),
    },
    { name: 'wall time', unit: 's', better: 'lower' as const, values: importer.map((i) => i.wallSeconds) },
    {
      name: 'CLI start-up (import --help)',
      unit: 's',
      better: 'lower' as const,
      values: importer.map((i) => i.startupSeconds),
    },
    {
      name: 'peak RSS (maxRSS)',
      unit: 'MiB',
      better: 'lower' as const,
      values: present(importer.map((i) => i.maxRssBytes)).map((b) => b / MIB),
    },
    {
      name: 'peak RSS (sampled)',
      unit: 'MiB',
      better: 'lower' as const,
      values: present(importer.map((i) => i.sampledPeakRssBytes)).map((b) => b / MIB),
    },
    {
      name: 'store size',
      unit: 'MiB',
      better: 'lower' as const,
      values: present(importer.map((i) => i.storeBytes)).map((b) => b / MIB),
    },
  ].filter((f) => f.values.length > 0);
  const baselineFigures = [
    {
      name: 'statements/s (INSERT only)',
      unit: '1/s',
      better: 'higher' as const,
      values: baselineStatementsPerSecond,
    },
    {
      name: 'entities/s (INSERT only)',
      unit: '1/s',
      better: 'higher' as const,
      values: baseline.map((b) => b.entities / b.insertSeconds),
    },
    {
      name: 'statements/s (read+parse+INSERT)',
      unit: '1/s',
      better: 'higher' as const,
      values: baseline.map((b) => b.statements / b.totalSeconds),
    },
    {
      name: 'INSERT time',
      unit: 's',
      better: 'lower' as const,
      values: baseline.map((b) => b.insertSeconds),
    },
  ];
  const ratios = [
    ratioOf(
      'statements/s vs bare INSERT',
      'importer statements/s (net of CLI start-up) ÷ bare INSERT-loop statements/s (parsing not timed) — the BENCHMARKS.md target',
      importerStatementsPerSecond,
      baselineStatementsPerSecond,
    ),
    ratioOf(
      'statements/s vs parse+INSERT',
      'importer statements/s (net) ÷ baseline statements/s including reading and parsing the same file',
      importerStatementsPerSecond,
      baseline.map((b) => b.statements / b.totalSeconds),
    ),
  ];
  const headline = ratios[0]?.value ?? Number.NaN;
  const peak = present(importer.map((i) => i.maxRssBytes));
  const peakMax = peak.length > 0 ? summarize(peak).max : Number.NaN;
  const consistent = importer.every(
    (i) =>
      i.statements === baseline[0]?.statements &&
      i.entities === worldEntities &&
      baseline.every((b) => b.statements === i.statements),
  );
  const targets: TargetCheck[] = [
    {
      target: '≥ 0.5 of baseline throughput',
      status: headline >= 0.5 ? 'pass' : 'fail',
      detail: `${headline.toFixed(2)} (median importer ÷ median baseline statements/s)`,
    },
    {
      target: 'peak RSS < 1 GB at large',
      status: ctx.scale !== 'large' ? 'not-applicable' : peakMax < GIB ? 'pass' : 'fail',
      detail: `max ${(peakMax / MIB).toFixed(0)} MiB over ${peak.length} runs${ctx.scale !== 'large' ? ' (the target is for the large scale)' : ''}`,
    },
    {
      target: 'importer writes every entity and statement of the world',
      status: consistent ? 'pass' : 'fail',
      detail: `world ${worldEntities} entities; importer ${importer.map((i) => `${i.entities}/${i.statements}`).join(', ')} entities/statements; baseline ${baseline.map((b) => b.statements).join(', ')} statements`,
    },
  ];
  const section: ReportSection = {
    label: target.label,
    figures: figures.map(summarizeFigure),
    baseline: {
      description: `the same ${baseline[0]?.statements.toLocaleString('en-GB') ?? '?'} statement rows (parseFtmEntity → statementValues) inserted by a bare prepared INSERT ${target.label === 'postgres' ? `(${PG_BATCH_ROWS} rows per statement) ` : ''}loop in one transaction into the migrated \`statements\` table${target.label === 'sqlite' ? ` (PRAGMA ${SQLITE_PRAGMAS.join('; ')})` : ''}; only the INSERT loop and COMMIT are timed`,
      figures: baselineFigures.map(summarizeFigure),
    },
    ratios,
    targets,
    runs: importer.map((imp, i) => ({ run: i + 1, importer: imp, baseline: baseline[i] })),
  };
  return { section, statements: baseline[0]?.statements ?? 0 };
}

/** The `import` benchmark. */
export const importBenchmark: Benchmark = {
  name: 'import',
  description: 'FtM JSON lines of the generated world into an empty store, against a bare INSERT loop',
  async run(ctx: BenchContext): Promise<BenchmarkReport> {
    const startedAt = new Date().toISOString();
    const world = await ctx.world();
    const repeats = ctx.repeats ?? DEFAULT_REPEATS[ctx.scale];
    const targets: StoreTarget[] = [sqliteTarget];
    const notes = [
      "The importer runs as `node packages/cli/bin/daylight.js --db|--database-url … import FILE --format ftm --json` in a child process; its peak RSS is the child's own (process.resourceUsage().maxRSS at exit, and an RSS sampler).",
      '"net of start-up" subtracts the time of `daylight import --help` (Node, the TypeScript loader and every command), measured just before each import, from that import\'s wall time.',
      'The importer reads the file twice (check pass, then write pass) and writes sources, entity records, derived entities and name indexes besides statements; the baseline writes statements only.',
    ];
    const databaseUrl = process.env.DATABASE_URL;
    if (databaseUrl) targets.push(postgresTarget(databaseUrl, ctx.log));
    else notes.push('PostgreSQL not measured: DATABASE_URL is not set.');
    const sections: ReportSection[] = [];
    let statements = 0;
    for (const target of targets) {
      const measured = await measureStore(ctx, target, world.path, world.summary.entities, repeats);
      sections.push(measured.section);
      statements = measured.statements;
    }
    return {
      name: 'import',
      scale: ctx.scale,
      seed: ctx.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      workload: {
        file: world.path,
        bytes: world.summary.bytes,
        entities: world.summary.entities,
        statements,
        ...Object.fromEntries(
          Object.entries(world.summary.bySchema).map(([schema, n]) => [`entities.${schema}`, n]),
        ),
        generatorVersion: world.summary.generatorVersion,
        repeats,
      },
      sections,
      notes,
    };
  },
};
