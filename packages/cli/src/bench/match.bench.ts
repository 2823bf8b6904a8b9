/**
 * The `match` benchmark (BENCHMARKS.md): quality on the labelled dev sets in
 * ../shared/eval/matching (name pairs: precision, recall, F1 overall and per schema, caveat rows
 * apart and counted as non-matches; entity checks), then yente-style queries by example
 * (name + schema + country + identifiers, names perturbed) against the generated world in a real
 * store: queries/s, latency and how often the entity the query was made from comes first.
 *
 * The dev sets live outside the repository; when they are absent the quality part is skipped with
 * a notice. SQLite always; PostgreSQL too when DATABASE_URL is set (a fresh database per run).
 */
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { createInterface } from 'node:readline';
import pg from 'pg';
import { z } from 'zod';
import {
  DEFAULT_MATCH_THRESHOLD,
  compareEntities,
  datasetId,
  normalizeForMatching,
  type MatchSubject,
} from '@daylight/core';
import { importFtmFiles } from '@daylight/ingest';
import { openStore, type Store } from '@daylight/store';
import { parseCsv } from '../commands/compare.command.js';
import type { Benchmark, BenchContext } from './bench.types.js';
import { REPO_ROOT } from './bench.paths.js';
import {
  machineInfo,
  summarize,
  summarizeFigure,
  type BenchmarkReport,
  type ReportSection,
  type TargetCheck,
} from './harness.js';
import { SeededRandom } from './seeded-random.util.js';
import type { Scale } from './world.generator.js';

/** Where the labelled dev sets are, outside the repository. */
export const EVAL_DIR = join(REPO_ROOT, '..', 'shared', 'eval', 'matching');

/** Precision, recall and F1 of one group of decisions. */
export interface Quality {
  readonly n: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
  readonly tn: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

function quality(pairs: ReadonlyArray<{ gold: boolean; predicted: boolean }>): Quality {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  for (const p of pairs) {
    if (p.gold && p.predicted) tp++;
    else if (p.gold) fn++;
    else if (p.predicted) fp++;
    else tn++;
  }
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { n: pairs.length, tp, fp, fn, tn, precision, recall, f1 };
}

/** The name-pair evaluation. */
export interface PairEvaluation {
  readonly threshold: number;
  readonly overall: Quality;
  readonly bySchema: Readonly<Record<string, Quality>>;
  /** Rows with a caveat (fund vintages, trust series): labelled match upstream, counted here as non-matches. */
  readonly caveat: { readonly n: number; readonly predictedMatch: number };
}

const pairRowSchema = z.object({
  name_a: z.string(),
  name_b: z.string(),
  should_match: z.enum(['yes', 'no']),
  schema: z.string().min(1),
  caveat: z.string().default(''),
});

/**
 * Scores every labelled pair of name_pairs.dev.csv at a threshold.
 * @param csv - the file's text
 * @param threshold - the decision threshold
 * @returns precision/recall/F1 overall and per schema, and how the caveat rows were decided
 */
export function evaluatePairs(csv: string, threshold: number = DEFAULT_MATCH_THRESHOLD): PairEvaluation {
  const [header, ...rows] = parseCsv(csv);
  const columns = header?.fields ?? [];
  const decided = rows.map((row) => {
    const r = pairRowSchema.parse(Object.fromEntries(columns.map((c, i) => [c, row.fields[i] ?? ''])));
    const result = compareEntities(
      { schema: r.schema, properties: { name: [r.name_a] } },
      { schema: r.schema, properties: { name: [r.name_b] } },
      threshold,
    );
    const caveat = r.caveat.trim() !== '';
    return { schema: r.schema, caveat, gold: r.should_match === 'yes' && !caveat, predicted: result.match };
  });
  const schemas = [...new Set(decided.map((d) => d.schema))].sort();
  const caveats = decided.filter((d) => d.caveat);
  return {
    threshold,
    overall: quality(decided),
    bySchema: Object.fromEntries(schemas.map((s) => [s, quality(decided.filter((d) => d.schema === s))])),
    caveat: { n: caveats.length, predictedMatch: caveats.filter((d) => d.predicted).length },
  };
}

const checksSchema = z.object({
  checks: z.array(
    z.object({
      match: z.boolean(),
      schema: z.string(),
      query: z.record(z.string(), z.string()),
      candidate: z.record(z.string(), z.string()),
    }),
  ),
});

/**
 * Scores every check of entity_checks.dev.json (structured names included).
 * @param json - the file's text
 * @param threshold - the decision threshold
 * @returns precision/recall/F1 and accuracy
 */
export function evaluateChecks(
  json: string,
  threshold: number = DEFAULT_MATCH_THRESHOLD,
): Quality & { accuracy: number } {
  const { checks } = checksSchema.parse(JSON.parse(json));
  const asSubject = (schema: string, values: Record<string, string>): MatchSubject => ({
    schema,
    properties: Object.fromEntries(Object.entries(values).map(([k, v]) => [k, [v]])),
  });
  const decided = checks.map((c) => ({
    gold: c.match,
    predicted: compareEntities(asSubject(c.schema, c.query), asSubject(c.schema, c.candidate), threshold)
      .match,
  }));
  const q = quality(decided);
  return { ...q, accuracy: (q.tp + q.tn) / Math.max(1, q.n) };
}

/** A query made from a world entity, with the id it should find. */
export interface WorldQuery {
  readonly expected: string;
  readonly kind: 'exact' | 'typo' | 'reordered' | 'no-legal-form' | 'transliterated';
  readonly query: MatchSubject;
}

const worldEntitySchema = z.object({
  id: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
});

function typo(word: string, rng: SeededRandom): string {
  if (word.length < 5) return word;
  const i = 1 + rng.int(word.length - 3);
  return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
}

function perturb(name: string, schema: string, kind: WorldQuery['kind'], rng: SeededRandom): string {
  const words = name.split(/\s+/);
  switch (kind) {
    case 'typo': {
      const longest = words.reduce((best, w, i) => (w.length > (words[best]?.length ?? 0) ? i : best), 0);
      words[longest] = typo(words[longest] ?? '', rng);
      return words.join(' ');
    }
    case 'reordered':
      return words.length >= 2 ? [...words.slice(1), words[0]].join(' ') : name;
    case 'no-legal-form': {
      const n = normalizeForMatching(name, schema === 'Person' ? 'person' : 'org');
      return n.legalForms.length > 0 ? n.tokens.map((t) => t.text).join(' ') : name;
    }
    case 'transliterated':
      return name
        .normalize('NFKD')
        .replace(/\p{M}+/gu, '')
        .toUpperCase();
    default:
      return name;
  }
}

/**
 * Queries by example drawn from the world file (every k-th Person or Company), with perturbed names
 * and, for some, a country and identifiers.
 * @param file - the world (FtM JSON lines)
 * @param count - how many queries
 * @param entities - how many entities the file holds (to space the sample)
 * @param seed - the seed
 * @returns the queries
 */
export async function worldQueries(
  file: string,
  count: number,
  entities: number,
  seed: number,
): Promise<WorldQuery[]> {
  const rng = new SeededRandom(seed, 4);
  const stride = Math.max(1, Math.floor(entities / (count * 1.5)));
  const kinds: Array<WorldQuery['kind']> = ['exact', 'typo', 'reordered', 'no-legal-form', 'transliterated'];
  const out: WorldQuery[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let i = 0;
  for await (const line of lines) {
    if (out.length >= count) break;
    if (i++ % stride !== 0 || line.trim() === '') continue;
    const e = worldEntitySchema.parse(JSON.parse(line));
    if (e.schema !== 'Person' && e.schema !== 'Company') continue;
    const name = e.properties.name?.[0];
    if (!name) continue;
    const kind = kinds[out.length % kinds.length]!;
    const properties: Record<string, string[]> = { name: [perturb(name, e.schema, kind, rng)] };
    if (rng.chance(0.5)) {
      for (const prop of [
        'nationality',
        'country',
        'jurisdiction',
        'birthDate',
        'registrationNumber',
        'leiCode',
      ]) {
        const v = e.properties[prop];
        if (v && v.length > 0) properties[prop] = v;
      }
    }
    out.push({ expected: e.id, kind, query: { schema: e.schema, properties } });
  }
  return out;
}

/** A fresh store for one run and how to remove it. */
export interface FreshBenchStore {
  readonly label: 'sqlite' | 'postgres';
  readonly store: Store;
  dispose(): Promise<void>;
}

/**
 * Opens fresh, empty stores: SQLite always, PostgreSQL when DATABASE_URL is set.
 * @returns one opener per store kind
 */
export function benchStores(): Array<{ label: 'sqlite' | 'postgres'; open: () => Promise<FreshBenchStore> }> {
  const out: Array<{ label: 'sqlite' | 'postgres'; open: () => Promise<FreshBenchStore> }> = [
    {
      label: 'sqlite',
      open: async () => {
        const dir = await mkdtemp(join(tmpdir(), 'daylight-match-bench-'));
        const store = await openStore({ sqlitePath: join(dir, 'bench.db') });
        return {
          label: 'sqlite',
          store,
          dispose: async () => {
            await store.close();
            await rm(dir, { recursive: true, force: true });
          },
        };
      },
    },
  ];
  const adminUrl = process.env.DATABASE_URL;
  if (adminUrl) {
    out.push({
      label: 'postgres',
      open: async () => {
        const name = `daylight_bench_${randomBytes(6).toString('hex')}`;
        const admin = new pg.Client({ connectionString: adminUrl });
        await admin.connect();
        await admin.query(`CREATE DATABASE ${name}`);
        const url = new URL(adminUrl);
        url.pathname = `/${name}`;
        const store = await openStore({ databaseUrl: url.toString() });
        return {
          label: 'postgres',
          store,
          dispose: async () => {
            await store.close();
            await admin.query(`DROP DATABASE IF EXISTS ${name}`);
            await admin.end();
          },
        };
      },
    });
  }
  return out;
}

/** Queries per scale when `--repeats` does not say otherwise. */
const QUERIES: Readonly<Record<Scale, number>> = { small: 300, medium: 1000, large: 2000 };

function qualitySection(log: (m: string) => void): { section: ReportSection | null; notes: string[] } {
  const pairsFile = join(EVAL_DIR, 'name_pairs.dev.csv');
  const checksFile = join(EVAL_DIR, 'entity_checks.dev.json');
  if (!existsSync(pairsFile) || !existsSync(checksFile)) {
    const notice = `NOTICE: ${EVAL_DIR} is absent: the matching quality evaluation is skipped.`;
    log(notice);
    return { section: null, notes: [notice] };
  }
  const pairs = evaluatePairs(readFileSync(pairsFile, 'utf8'));
  const checks = evaluateChecks(readFileSync(checksFile, 'utf8'));
  const fig = (name: string, value: number) =>
    summarizeFigure({ name, unit: 'ratio', better: 'higher', values: [Math.round(value * 10000) / 10000] });
  const figures = [
    fig('pairs F1', pairs.overall.f1),
    fig('pairs precision', pairs.overall.precision),
    fig('pairs recall', pairs.overall.recall),
    ...Object.entries(pairs.bySchema).map(([s, q]) => fig(`pairs F1 ${s} (n=${q.n})`, q.f1)),
    fig(
      `caveat rows decided as non-matches (n=${pairs.caveat.n})`,
      1 - pairs.caveat.predictedMatch / Math.max(1, pairs.caveat.n),
    ),
    fig('entity checks F1', checks.f1),
    fig('entity checks accuracy', checks.accuracy),
  ];
  const targets: TargetCheck[] = [
    {
      target: 'F1 ≥ 0.90 on the dev pairs',
      status: pairs.overall.f1 >= 0.9 ? 'pass' : 'fail',
      detail: `F1 ${pairs.overall.f1.toFixed(4)} at threshold ${pairs.threshold}`,
    },
  ];
  return {
    section: {
      label: 'quality (dev sets)',
      figures,
      baseline: null,
      ratios: [],
      targets,
      runs: [{ pairs, checks }],
    },
    notes: ['Published anchor: nomenklatura logic-v2 F1 ≈ 0.79 on the same hard pairs.'],
  };
}

/**
 * Imports the world into a fresh store.
 * @param store - an empty store
 * @param file - the world file
 * @returns seconds taken
 */
export async function importWorld(store: Store, file: string): Promise<number> {
  const t0 = performance.now();
  const summary = await importFtmFiles(store, [file], { dataset: datasetId('world'), author: 'bench' });
  if (summary.errors.length > 0)
    throw new Error(`the world does not import: ${JSON.stringify(summary.errors[0])}`);
  return (performance.now() - t0) / 1000;
}

async function throughputSection(
  ctx: BenchContext,
  label: 'sqlite' | 'postgres',
  open: () => Promise<FreshBenchStore>,
  queries: readonly WorldQuery[],
  worldFile: string,
): Promise<ReportSection> {
  const fresh = await open();
  try {
    ctx.log(`match: importing the ${ctx.scale} world into ${label} …`);
    const importSeconds = await importWorld(fresh.store, worldFile);
    // Warm-up: caches and prepared plans.
    for (const q of queries.slice(0, 20)) await fresh.store.match(q.query, { limit: 10 });
    const latencies: number[] = [];
    let top1 = 0;
    let top10 = 0;
    const started = performance.now();
    for (const q of queries) {
      const t0 = performance.now();
      const hits = await fresh.store.match(q.query, { limit: 10 });
      latencies.push(performance.now() - t0);
      if (hits[0]?.id === q.expected && hits[0].match) top1++;
      if (hits.some((h) => h.id === q.expected)) top10++;
    }
    const seconds = (performance.now() - started) / 1000;
    // Two clients at once: on SQLite one process serves both (reads are synchronous).
    const t2 = performance.now();
    const half = Math.ceil(queries.length / 2);
    await Promise.all(
      [queries.slice(0, half), queries.slice(half)].map(async (part) => {
        for (const q of part) await fresh.store.match(q.query, { limit: 10 });
      }),
    );
    const twoClientSeconds = (performance.now() - t2) / 1000;
    const stats = summarize(latencies);
    const qps = queries.length / seconds;
    return {
      label,
      figures: [
        summarizeFigure({ name: 'queries/s (1 client)', unit: 'q/s', better: 'higher', values: [qps] }),
        summarizeFigure({
          name: 'queries/s (2 clients)',
          unit: 'q/s',
          better: 'higher',
          values: [queries.length / twoClientSeconds],
        }),
        summarizeFigure({ name: 'latency per query', unit: 'ms', better: 'lower', values: latencies }),
        summarizeFigure({
          name: 'expected entity first and a match',
          unit: 'ratio',
          better: 'higher',
          values: [top1 / queries.length],
        }),
        summarizeFigure({
          name: 'expected entity in the top 10',
          unit: 'ratio',
          better: 'higher',
          values: [top10 / queries.length],
        }),
        summarizeFigure({ name: 'world import', unit: 's', better: 'lower', values: [importSeconds] }),
      ],
      baseline: null,
      ratios: [],
      targets: [
        {
          target: '≥ 200 queries/s and p95 < 25 ms at large',
          status: ctx.scale !== 'large' ? 'not-applicable' : qps >= 200 && stats.p95 < 25 ? 'pass' : 'fail',
          detail: `${qps.toFixed(0)} q/s, p95 ${stats.p95.toFixed(2)} ms at ${ctx.scale}`,
        },
      ],
      runs: [{ queries: queries.length, qps, p50: stats.median, p95: stats.p95, top1, top10 }],
    };
  } finally {
    await fresh.dispose();
  }
}

/** The `match` benchmark. */
export const matchBenchmark: Benchmark = {
  name: 'match',
  description: 'matching quality on the dev sets, and yente-style queries by example against the world',
  async run(ctx: BenchContext): Promise<BenchmarkReport> {
    const startedAt = new Date().toISOString();
    const sections: ReportSection[] = [];
    const { section, notes } = qualitySection(ctx.log);
    if (section) sections.push(section);
    const world = await ctx.world();
    const count = ctx.repeats ?? QUERIES[ctx.scale];
    const queries = await worldQueries(world.path, count, world.summary.entities, ctx.seed);
    for (const kind of benchStores())
      sections.push(await throughputSection(ctx, kind.label, kind.open, queries, world.path));
    return {
      name: 'match',
      scale: ctx.scale,
      seed: ctx.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      workload: {
        worldEntities: world.summary.entities,
        queries: queries.length,
        threshold: DEFAULT_MATCH_THRESHOLD,
      },
      sections,
      notes: [
        ...notes,
        'Queries are drawn from the world (Person and Company), names perturbed in turn: exact, one swapped letter pair, first word moved last, legal form dropped, diacritics dropped and upper-cased; half carry country, dates and identifiers.',
      ],
    };
  },
};
