/**
 * The `search` benchmark (BENCHMARKS.md): name queries (exact, typo'd, transliterated, partial)
 * drawn from the generated world, against a real store holding it: latency and recall@10 (the
 * entity the query was made from among the first ten), per kind of query. Baseline on SQLite: a
 * bare FTS5 prefix query for the same strings (what search did without the shared normalisation).
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { foldText, nameTokens } from '@daylight/core';
import type { Benchmark, BenchContext } from './bench.types.js';
import { benchStores, importWorld } from './match.bench.js';
import {
  machineInfo,
  summarize,
  summarizeFigure,
  type BenchmarkReport,
  type ReportSection,
} from './harness.js';
import { SeededRandom } from './seeded-random.util.js';
import type { Scale } from './world.generator.js';

/** Kinds of query, in turn. */
const KINDS = ['exact', 'typo', 'transliterated', 'partial'] as const;
type Kind = (typeof KINDS)[number];

interface SearchQueryCase {
  readonly expected: string;
  readonly kind: Kind;
  readonly q: string;
}

const QUERIES: Readonly<Record<Scale, number>> = { small: 400, medium: 1000, large: 1000 };

const lineSchema = z.object({
  id: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
});

function typo(word: string, rng: SeededRandom): string {
  if (word.length < 5) return word;
  const i = 1 + rng.int(word.length - 3);
  const r = rng.int(3);
  if (r === 0) return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2);
  if (r === 1) return word.slice(0, i) + word.slice(i + 1);
  return word.slice(0, i) + word[i] + word.slice(i);
}

// Latin → Cyrillic, letter by letter: how a name arrives from a Russian-language source.
const CYRILLIC: Readonly<Record<string, string>> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'к',
  y: 'ы',
  j: 'й',
  w: 'в',
  x: 'кс',
  q: 'к',
};

function cyrillic(text: string): string {
  return foldText(text)
    .split('')
    .map((ch) => CYRILLIC[ch] ?? ch)
    .join('');
}

async function searchQueries(
  file: string,
  count: number,
  entities: number,
  seed: number,
): Promise<SearchQueryCase[]> {
  const rng = new SeededRandom(seed, 5);
  const stride = Math.max(1, Math.floor(entities / (count * 1.5)));
  const out: SearchQueryCase[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let i = 0;
  for await (const line of lines) {
    if (out.length >= count) break;
    if (i++ % stride !== 0 || line.trim() === '') continue;
    const e = lineSchema.parse(JSON.parse(line));
    if (e.schema !== 'Person' && e.schema !== 'Company') continue;
    const name = e.properties.name?.[0];
    if (!name || name.split(/\s+/).length < 2) continue;
    const kind = KINDS[out.length % KINDS.length]!;
    const words = name.split(/\s+/);
    let q = name;
    if (kind === 'typo') {
      const longest = words.reduce((best, w, j) => (w.length > (words[best]?.length ?? 0) ? j : best), 0);
      words[longest] = typo(words[longest] ?? '', rng);
      q = words.join(' ');
    } else if (kind === 'transliterated') q = cyrillic(name);
    else if (kind === 'partial') q = words.slice(0, Math.max(1, words.length - 1)).join(' ');
    out.push({ expected: e.id, kind, q });
  }
  return out;
}

/** A bare FTS5 prefix query over the names table (SQLite), as a baseline for latency and recall. */
function fts5Baseline(
  path: string,
  queries: readonly SearchQueryCase[],
): { latencies: number[]; found: number } {
  const db = new BetterSqlite3(path, { readonly: true });
  try {
    const latencies: number[] = [];
    let found = 0;
    const stmt = db.prepare(
      'SELECT DISTINCT n.entity_id FROM names_fts f JOIN names n ON n.id = f.rowid WHERE names_fts MATCH ? LIMIT 10',
    );
    for (const c of queries) {
      const tokens = nameTokens(c.q);
      if (tokens.length === 0) continue;
      const match = tokens.map((t) => `"${t.replaceAll('"', '""')}"*`).join(' AND ');
      const t0 = performance.now();
      const rows = stmt.all(match) as Array<{ entity_id: string }>;
      latencies.push(performance.now() - t0);
      if (rows.some((r) => r.entity_id === c.expected)) found++;
    }
    return { latencies, found };
  } finally {
    db.close();
  }
}

/** The `search` benchmark. */
export const searchBenchmark: Benchmark = {
  name: 'search',
  description:
    'name search over the world: exact, typo’d, transliterated and partial names; latency and recall@10',
  async run(ctx: BenchContext): Promise<BenchmarkReport> {
    const startedAt = new Date().toISOString();
    const world = await ctx.world();
    const queries = await searchQueries(
      world.path,
      ctx.repeats ?? QUERIES[ctx.scale],
      world.summary.entities,
      ctx.seed,
    );
    const sections: ReportSection[] = [];
    const notes: string[] = [];
    for (const kind of benchStores()) {
      const fresh = await kind.open();
      try {
        ctx.log(`search: importing the ${ctx.scale} world into ${kind.label} …`);
        await importWorld(fresh.store, world.path);
        for (const c of queries.slice(0, 20)) await fresh.store.search(c.q, { limit: 10 });
        const latencies: number[] = [];
        const foundByKind = new Map<Kind, number>();
        for (const c of queries) {
          const t0 = performance.now();
          const hits = await fresh.store.search(c.q, { limit: 10 });
          latencies.push(performance.now() - t0);
          if (hits.some((h) => h.id === c.expected))
            foundByKind.set(c.kind, (foundByKind.get(c.kind) ?? 0) + 1);
        }
        const stats = summarize(latencies);
        const recall = (k: Kind): number =>
          (foundByKind.get(k) ?? 0) / Math.max(1, queries.filter((c) => c.kind === k).length);
        let baseline: ReportSection['baseline'] = null;
        if (kind.label === 'sqlite') {
          const base = fts5Baseline(fresh.store.location, queries);
          baseline = {
            description: 'bare FTS5 prefix query on names_fts, every token required',
            figures: [
              summarizeFigure({
                name: 'latency per query',
                unit: 'ms',
                better: 'lower',
                values: base.latencies,
              }),
              summarizeFigure({
                name: 'recall@10 (all kinds)',
                unit: 'ratio',
                better: 'higher',
                values: [base.found / queries.length],
              }),
            ],
          };
        }
        sections.push({
          label: kind.label,
          figures: [
            summarizeFigure({ name: 'latency per query', unit: 'ms', better: 'lower', values: latencies }),
            ...KINDS.map((k) =>
              summarizeFigure({
                name: `recall@10 ${k}`,
                unit: 'ratio',
                better: 'higher',
                values: [recall(k)],
              }),
            ),
          ],
          baseline,
          ratios: [],
          targets: [
            {
              target: 'p95 < 20 ms at large',
              status: ctx.scale !== 'large' ? 'not-applicable' : stats.p95 < 20 ? 'pass' : 'fail',
              detail: `p95 ${stats.p95.toFixed(2)} ms at ${ctx.scale}`,
            },
            {
              target: 'recall@10 ≥ 0.95 on the typo’d set',
              status: recall('typo') >= 0.95 ? 'pass' : 'fail',
              detail: `recall@10 typo ${recall('typo').toFixed(3)}`,
            },
          ],
          runs: [{ queries: queries.length, p50: stats.median, p95: stats.p95 }],
        });
      } finally {
        await fresh.dispose();
      }
    }
    notes.push(
      'Typos: one swapped, dropped or doubled letter in the longest word. Transliterated: the name re-spelt in Cyrillic letters. Partial: the last word dropped.',
    );
    return {
      name: 'search',
      scale: ctx.scale,
      seed: ctx.seed,
      startedAt,
      finishedAt: new Date().toISOString(),
      machine: machineInfo(),
      workload: { worldEntities: world.summary.entities, queries: queries.length },
      sections,
      notes,
    };
  },
};
