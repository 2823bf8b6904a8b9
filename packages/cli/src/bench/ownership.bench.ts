/**
 * The `ownership` benchmark. Upstream effective stakes and ultimate owners for 1,000 random
 * companies of the generated world, through the store's edge index and core's solver (what
 * `daylight owners` runs), p50/p95 per query; in the same run, the same upstream query as a bare
 * recursive SQL CTE (walks summed, same depth bound) as the speed baseline. Then the whole KEK
 * network (fixtures/ownership/kek, through the CSV mapping import): every company's owners, the
 * time of the whole pass, and the largest difference from an independent dense computation
 * (I − A)⁻¹ − I. At `small`, the 1,000 world queries are also checked against the dense result.
 *
 * SQLite. The world is imported once per run (not timed) into a temporary store.
 */
import { createReadStream, existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import BetterSqlite3 from 'better-sqlite3';
import { z } from 'zod';
import { datasetId, entityId } from '@daylight/core';
import { importFtmFiles, importMappedFiles } from '@daylight/ingest';
import { DEFAULT_DEPTH, loadStakes, openStore, type Store } from '@daylight/store';
import type { Benchmark, BenchContext } from './bench.types.js';
import { denseStakes, type DenseLink } from './dense-stakes.js';
import { REPO_ROOT } from './bench.paths.js';
import {
  machineInfo,
  ratioOf,
  summarize,
  summarizeFigure,
  type BenchmarkReport,
  type ReportSection,
  type TargetCheck,
} from './harness.js';
import { SeededRandom } from './seeded-random.util.js';

/** Companies queried per run. */
const QUERIES = 1_000;
/** Depth of the "complete" look-through used for the correctness checks (no chain is this long). */
const FULL_DEPTH = 10_000;
const TOLERANCE = 1e-9;
/** Sampled companies whose complete look-through is compared with the dense result at `small`. */
const WORLD_CHECKS = 200;
/**
 * The KEK fixture: beside the sources, or under the working directory (a bundled CLI does not sit
 * where the sources do).
 */
function kekDir(): string {
  const candidates = [
    join(REPO_ROOT, 'fixtures/ownership/kek'),
    join(process.cwd(), 'fixtures/ownership/kek'),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'kek.mapping.yml')));
  if (found === undefined)
    throw new Error(
      `The KEK fixture is not at ${candidates.join(' or ')}; run the benchmark from the repository root.`,
    );
  return found;
}

/** Ownership entities as stored, percentages read with Number() (not Daylight's parser). */
async function storedLinks(store: Store): Promise<DenseLink[]> {
  const links: DenseLink[] = [];
  for await (const e of store.iterateEntities()) {
    if (e.schema !== 'Ownership') continue;
    const pct = e.properties.percentage?.[0];
    const owner = e.properties.owner?.[0];
    const asset = e.properties.asset?.[0];
    if (owner === undefined || asset === undefined) continue;
    links.push({ owner, asset, share: pct === undefined ? null : Number(pct) / 100 });
  }
  return links;
}

/**
 * Largest difference between Daylight's stakes and the dense ones for some companies, and
 * whether any owner the dense computation finds is missing.
 */
async function compareWithDense(
  store: Store,
  companies: readonly string[],
  low: Map<string, Map<string, number>>,
  high: Map<string, Map<string, number>>,
): Promise<{ maxError: number; missing: number; compared: number; seconds: number }> {
  let maxError = 0;
  let missing = 0;
  let compared = 0;
  const started = performance.now();
  for (const company of companies) {
    const { stakes } = await loadStakes(store, entityId(company), 'up', { depth: FULL_DEPTH });
    const listed = new Set<string>(stakes.map((s) => s.id));
    for (const s of stakes) {
      const lo = low.get(company)?.get(s.id) ?? 0;
      const hi = high.get(company)?.get(s.id) ?? 0;
      // Exact stakes must equal the dense value; a range's low end must equal the dense value with
      // unknown links at 0, and its high end may not exceed the dense value with them at 1 (Daylight
      // caps two unknown links between the same pair at 100 %, the dense sum does not).
      const err =
        s.effective !== null
          ? Math.max(Math.abs(s.effective - lo), Math.abs(hi - lo))
          : s.range === null
            ? Infinity
            : Math.max(Math.abs(s.range[0] - lo), Math.max(0, s.range[1] - hi));
      maxError = Math.max(maxError, err);
      compared++;
    }
    for (const [owner, v] of high.get(company) ?? new Map<string, number>()) {
      // Elimination leaves rounding noise (~1e-17) where no chain exists: count real stakes only.
      if (owner !== company && v > TOLERANCE && !listed.has(owner)) missing++;
    }
  }
  return { maxError, missing, compared, seconds: (performance.now() - started) / 1000 };
}

/** Company ids of the world file, and a seeded sample of them. */
async function sampleCompanies(file: string, seed: number, n: number): Promise<string[]> {
  const lineSchema = z.object({ id: z.string(), schema: z.string() });
  const ids: string[] = [];
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.includes('"Company"')) continue;
    const e = lineSchema.parse(JSON.parse(line));
    if (e.schema === 'Company') ids.push(e.id);
  }
  const rng = new SeededRandom(seed, 0x0a5e);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
  }
  return ids.slice(0, n);
}

/** The same upstream query as one recursive CTE: walks up to the depth bound, products summed. */
const CTE = `
WITH RECURSIVE up(node, stake, depth) AS (
  SELECT ?, 1.0, 0
  UNION ALL
  SELECT e.source, up.stake * COALESCE(e.share_min, 0), up.depth + 1
  FROM edges e JOIN up ON e.target = up.node
  WHERE e.schema = 'Ownership' AND up.depth < ?
    AND (e.start_date IS NULL OR e.start_date <= ?) AND (e.end_date IS NULL OR e.end_date >= ?)
)
SELECT node, sum(stake) AS stake,
  NOT EXISTS (SELECT 1 FROM edges o WHERE o.target = up.node AND o.schema = 'Ownership') AS ultimate
FROM up WHERE depth > 0 GROUP BY node`;

/** The `ownership` benchmark. */
export const ownershipBenchmark: Benchmark = {
  name: 'ownership',
  description: 'upstream effective stakes and ultimate owners of 1,000 random companies; whole-KEK pass',
  async run(ctx: BenchContext): Promise<BenchmarkReport> {
    const startedAt = new Date().toISOString();
    const world = await ctx.world();
    const notes: string[] = [
      `Daylight: loadStakes(store, id, 'up', {depth: ${DEFAULT_DEPTH}, asOf}) per company — the edge index read level by level (one batched query per level), then core's exact solver (cycles solved as linear systems), ultimate owners and up to 20 paths per owner; sources are not attached (that is presentation).`,
      `Baseline: one recursive CTE over the same edges table on the same SQLite file (better-sqlite3, prepared), walks up to depth ${DEFAULT_DEPTH} with products summed and an ultimate flag — what a bare SQL query gives (it counts walks round cycles up to the bound; it has no ranges, no paths).`,
      'PostgreSQL is not measured by this benchmark (correctness on PostgreSQL is covered by the store and KEK tests).',
    ];
    const asOf = new Date().toISOString().slice(0, 10);
    const dir = await mkdtemp(join(tmpdir(), 'daylight-bench-own-'));
    const sqlitePath = join(dir, 'world.db');
    const kekPath = join(dir, 'kek.db');
    try {
      ctx.log(`ownership: importing the ${ctx.scale} world into ${sqlitePath} (not timed)`);
      let store = await openStore({ sqlitePath });
      const t0 = performance.now();
      const imported = await importFtmFiles(store, [world.path], {
        dataset: datasetId('world'),
        author: 'bench',
      });
      const importSeconds = (performance.now() - t0) / 1000;
      if (imported.errors.length > 0)
        throw new Error(`world import failed: ${JSON.stringify(imported.errors[0])}`);
      const companies = await sampleCompanies(world.path, ctx.seed, QUERIES);
      ctx.log(`ownership: ${companies.length} upstream queries, Daylight then CTE`);

      // Warm-up: one pass each over 50 companies, not recorded.
      for (const id of companies.slice(0, 50)) await loadStakes(store, entityId(id), 'up', { asOf });
      const daylightMs: number[] = [];
      let owners = 0;
      let ultimate = 0;
      for (const id of companies) {
        const s = performance.now();
        const { stakes } = await loadStakes(store, entityId(id), 'up', { asOf });
        daylightMs.push(performance.now() - s);
        owners += stakes.length;
        ultimate += stakes.filter((x) => x.ultimate).length;
      }
      await store.close();

      const raw = new BetterSqlite3(sqlitePath, { readonly: true });
      const cteMs: number[] = [];
      let cteRows = 0;
      try {
        const cte = raw.prepare(CTE);
        for (const id of companies.slice(0, 50)) cte.all(id, DEFAULT_DEPTH, asOf, asOf);
        for (const id of companies) {
          const s = performance.now();
          cteRows += cte.all(id, DEFAULT_DEPTH, asOf, asOf).length;
          cteMs.push(performance.now() - s);
        }
      } finally {
        raw.close();
      }

      // Correctness on the world (small only: dense blocks grow with the world).
      store = await openStore({ sqlitePath });
      let worldCheck: Awaited<ReturnType<typeof compareWithDense>> | undefined;
      if (ctx.scale === 'small') {
        const links = await storedLinks(store);
        worldCheck = await compareWithDense(
          store,
          companies.slice(0, WORLD_CHECKS),
          denseStakes(links, 0),
          denseStakes(links, 1),
        );
      } else {
        notes.push(
          'World stakes were not compared with the dense computation above `small` (the dense blocks are too large); KEK is compared at every scale.',
        );
      }
      await store.close();

      ctx.log('ownership: KEK through the mapping import, whole-network pass');
      const KEK = kekDir();
      const kek = await openStore({ sqlitePath: kekPath });
      const kekImport = await importMappedFiles(kek, [join(KEK, 'company.csv'), join(KEK, 'shares.csv')], {
        dataset: datasetId('kek'),
        author: 'bench',
        mapping: join(KEK, 'kek.mapping.yml'),
      });
      if (kekImport.errors.length > 0)
        throw new Error(`KEK import failed: ${JSON.stringify(kekImport.errors[0])}`);
      const kekLinks = await storedLinks(kek);
      const kekCompanies = [...new Set(kekLinks.flatMap((l) => [l.owner, l.asset]))];
      const d0 = performance.now();
      const kekLow = denseStakes(kekLinks, 0);
      const kekHigh = denseStakes(kekLinks, 1);
      const denseSeconds = (performance.now() - d0) / 1000;
      const kekCheck = await compareWithDense(kek, kekCompanies, kekLow, kekHigh);
      await kek.close();

      const p = summarize(daylightMs);
      const b = summarize(cteMs);
      const targets: TargetCheck[] = [
        {
          target: 'results equal to the independent computation (±1e-9)',
          status:
            kekCheck.maxError <= TOLERANCE &&
            kekCheck.missing === 0 &&
            (worldCheck === undefined || (worldCheck.maxError <= TOLERANCE && worldCheck.missing === 0))
              ? 'pass'
              : 'fail',
          detail: `KEK: ${kekCheck.compared} stakes of ${kekCompanies.length} companies, max |Δ| ${kekCheck.maxError.toExponential(2)}, ${kekCheck.missing} missing${worldCheck ? `; world sample: ${worldCheck.compared} stakes, max |Δ| ${worldCheck.maxError.toExponential(2)}, ${worldCheck.missing} missing` : ''}`,
        },
        {
          target: 'p95 < 50 ms at large',
          status: ctx.scale === 'large' ? (p.p95 < 50 ? 'pass' : 'fail') : 'not-applicable',
          detail: `p95 ${p.p95.toFixed(2)} ms at ${ctx.scale}`,
        },
        {
          target: 'faster than the bare CTE',
          status: p.median < b.median && p.p95 < b.p95 ? 'pass' : 'fail',
          detail: `p50 ${p.median.toFixed(2)} vs ${b.median.toFixed(2)} ms, p95 ${p.p95.toFixed(2)} vs ${b.p95.toFixed(2)} ms`,
        },
      ];
      const section: ReportSection = {
        label: 'sqlite',
        figures: [
          { name: 'upstream query', unit: 'ms', better: 'lower' as const, values: daylightMs },
          { name: 'whole-KEK pass', unit: 's', better: 'lower' as const, values: [kekCheck.seconds] },
        ].map(summarizeFigure),
        baseline: {
          description: `recursive CTE (depth ${DEFAULT_DEPTH}) on the same SQLite file`,
          figures: [{ name: 'upstream query', unit: 'ms', better: 'lower' as const, values: cteMs }].map(
            summarizeFigure,
          ),
        },
        ratios: [
          ratioOf('upstream query time', 'Daylight ÷ CTE, medians (lower is better)', daylightMs, cteMs),
        ],
        targets,
        runs: [
          {
            owners,
            ultimate,
            cteRows,
            importSeconds,
            kek: { companies: kekCompanies.length, links: kekLinks.length, denseSeconds, ...kekCheck },
            world: worldCheck ?? null,
          },
        ],
      };
      return {
        name: 'ownership',
        scale: ctx.scale,
        seed: ctx.seed,
        startedAt,
        finishedAt: new Date().toISOString(),
        machine: machineInfo(),
        workload: {
          file: world.path,
          entities: world.summary.entities,
          ...Object.fromEntries(Object.entries(world.summary.bySchema).map(([k, v]) => [`entities.${k}`, v])),
          queries: companies.length,
          asOf,
          depth: DEFAULT_DEPTH,
          kekCompanies: kekCompanies.length,
          kekLinks: kekLinks.length,
        },
        sections: [section],
        notes,
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
