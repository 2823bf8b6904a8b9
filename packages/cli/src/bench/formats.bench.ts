/**
 * The `import-formats` benchmark: the generated world imported through each structured format
 * Daylight reads — FtM JSON lines, BODS 0.4 (a JSON array written from the world's people,
 * companies and ownerships) and CSV with an FtM-style mapping (companies and shareholdings as two
 * tables) — into a fresh SQLite store each time, in this process. Figures: seconds, entities per
 * second and the process's peak resident memory while importing.
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { datasetId, entityId, toBodsStatement, type Entity } from '@daylight/core';
import { importBodsFiles, importFtmFiles, importMappedFiles, type ImportSummary } from '@daylight/ingest';
import { SqliteStore } from '@daylight/store';
import type { Benchmark, BenchContext } from './bench.types.js';
import { machineInfo, summarizeFigure, type ReportSection } from './harness.js';

const rawEntity = z.object({
  id: z.string(),
  schema: z.string(),
  properties: z.record(z.string(), z.array(z.string())),
});

const csvField = (v: string): string => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);

const MAPPING = `
queries:
  - table: companies
    entities:
      company:
        schema: Company
        id_column: id
        properties:
          name: {column: name}
          jurisdiction: {column: jurisdiction}
  - table: shares
    entities:
      owner:
        schema: LegalEntity
        id_column: owner
      asset:
        schema: LegalEntity
        id_column: asset
      ownership:
        schema: Ownership
        key_literal: own
        keys: [owner, asset]
        properties:
          owner: {entity: owner, required: true}
          asset: {entity: asset, required: true}
          percentage: {column: percentage}
`;

interface Inputs {
  readonly ftm: string;
  readonly bods: string;
  readonly companies: string;
  readonly shares: string;
  readonly mapping: string;
  readonly counts: Record<string, number>;
}

async function writeInputs(world: string, dir: string): Promise<Inputs> {
  const bodsOut = createWriteStream(join(dir, 'world.bods.json'));
  const companies = createWriteStream(join(dir, 'companies.csv'));
  const shares = createWriteStream(join(dir, 'shares.csv'));
  const put = async (stream: ReturnType<typeof createWriteStream>, text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  await put(bodsOut, '[');
  await put(companies, 'id,name,jurisdiction\n');
  await put(shares, 'owner,asset,percentage\n');
  const counts = { bods: 0, companies: 0, shares: 0 };
  const publication = { publicationDate: '2026-01-01', publisherName: 'bench' };
  for await (const line of createInterface({ input: createReadStream(world), crlfDelay: Infinity })) {
    if (line.trim() === '') continue;
    const e = rawEntity.parse(JSON.parse(line));
    const entity: Entity = {
      id: entityId(e.id),
      schema: e.schema,
      caption: e.properties.name?.[0] ?? e.id,
      properties: e.properties,
      datasets: [],
      firstSeen: '2026-01-01T00:00:00',
      lastSeen: '2026-01-01T00:00:00',
    };
    const statement = toBodsStatement(entity, publication);
    if (statement) {
      await put(bodsOut, `${counts.bods === 0 ? '\n' : ',\n'}${JSON.stringify(statement)}`);
      counts.bods++;
    }
    if (e.schema === 'Company') {
      await put(
        companies,
        `${[e.id, e.properties.name?.[0] ?? '', e.properties.jurisdiction?.[0] ?? ''].map(csvField).join(',')}\n`,
      );
      counts.companies++;
    }
    if (e.schema === 'Ownership') {
      for (const owner of e.properties.owner ?? []) {
        for (const asset of e.properties.asset ?? []) {
          await put(
            shares,
            `${[owner, asset, e.properties.percentage?.[0] ?? ''].map(csvField).join(',')}\n`,
          );
          counts.shares++;
        }
      }
    }
  }
  await put(bodsOut, '\n]\n');
  for (const s of [bodsOut, companies, shares]) {
    s.end();
    await once(s, 'finish');
  }
  await writeFile(join(dir, 'mapping.yml'), MAPPING);
  return {
    ftm: world,
    bods: join(dir, 'world.bods.json'),
    companies: join(dir, 'companies.csv'),
    shares: join(dir, 'shares.csv'),
    mapping: join(dir, 'mapping.yml'),
    counts,
  };
}

interface FormatRun {
  readonly seconds: number;
  readonly entities: number;
  readonly statements: number;
  readonly peakRssBytes: number;
  readonly errors: number;
}

async function timed(
  dir: string,
  name: string,
  work: (store: SqliteStore) => Promise<ImportSummary>,
): Promise<FormatRun> {
  const store = SqliteStore.open(join(dir, `${name}-${Date.now()}.db`));
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  try {
    const started = performance.now();
    const summary = await work(store);
    const seconds = (performance.now() - started) / 1000;
    return {
      seconds,
      entities: summary.entities,
      statements: summary.statements,
      peakRssBytes: peak,
      errors: summary.errors.length,
    };
  } finally {
    clearInterval(timer);
    await store.close();
  }
}

/** The benchmark. */
export const formatsBenchmark: Benchmark = {
  name: 'import-formats',
  description:
    'the world through FtM, BODS 0.4 and CSV-with-mapping imports into SQLite: seconds, entities/s, peak RSS',
  async run(ctx: BenchContext) {
    const startedAt = new Date().toISOString();
    const world = await ctx.world();
    const dir = await mkdtemp(join(tmpdir(), 'daylight-bench-formats-'));
    try {
      ctx.log('import-formats: writing BODS and CSV inputs from the world');
      const inputs = await writeInputs(world.path, dir);
      const repeats = ctx.repeats ?? 1;
      const options = { dataset: datasetId('bench'), author: 'bench' };
      const workloads: Array<[string, (store: SqliteStore) => Promise<ImportSummary>]> = [
        ['ftm', (store) => importFtmFiles(store, [inputs.ftm], options)],
        ['bods', (store) => importBodsFiles(store, [inputs.bods], options)],
        [
          'csv-mapping',
          (store) =>
            importMappedFiles(store, [inputs.companies, inputs.shares], {
              ...options,
              mapping: inputs.mapping,
            }),
        ],
      ];
      const sections: ReportSection[] = [];
      for (const [name, work] of workloads) {
        const runs: FormatRun[] = [];
        for (let i = 0; i < repeats; i++) {
          ctx.log(`import-formats: ${name}, run ${i + 1} of ${repeats}`);
          const run = await timed(dir, name, work);
          if (run.errors > 0)
            throw new Error(`import-formats: the ${name} import reported ${run.errors} errors`);
          runs.push(run);
        }
        sections.push({
          label: `import ${name} (SQLite)`,
          figures: [
            summarizeFigure({
              name: 'seconds',
              unit: 's',
              better: 'lower',
              values: runs.map((r) => r.seconds),
            }),
            summarizeFigure({
              name: 'entities per second',
              unit: '1/s',
              better: 'higher',
              values: runs.map((r) => r.entities / r.seconds),
            }),
            summarizeFigure({
              name: 'statements per second',
              unit: '1/s',
              better: 'higher',
              values: runs.map((r) => r.statements / r.seconds),
            }),
            summarizeFigure({
              name: 'peak RSS',
              unit: 'MiB',
              better: 'lower',
              values: runs.map((r) => r.peakRssBytes / 2 ** 20),
            }),
          ],
          baseline: null,
          ratios: [],
          targets: [],
          runs,
        });
      }
      return {
        name: 'import-formats',
        scale: ctx.scale,
        seed: ctx.seed,
        startedAt,
        finishedAt: new Date().toISOString(),
        machine: machineInfo(),
        workload: {
          worldEntities: world.summary.entities,
          worldBytes: world.summary.bytes,
          ...inputs.counts,
        },
        sections,
        notes: [
          'In-process imports (peak RSS includes the benchmark runner); one fresh SQLite store per run.',
        ],
      };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  },
};
