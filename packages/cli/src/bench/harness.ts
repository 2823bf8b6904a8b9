/**
 * The benchmark harness: machine description, repeated measurements summarised as median / p95 /
 * max, peak memory (sampled and the kernel's high-water mark, for this process and for child
 * processes, which report their own), a printed table, and `bench/results/NAME.json`.
 */
import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';

/** The machine a benchmark ran on. */
export interface MachineInfo {
  readonly cores: number;
  readonly cpuModel: string;
  readonly totalMemoryBytes: number;
  readonly node: string;
  readonly os: string;
  readonly arch: string;
}

/** @returns cores, CPU model, total memory, Node version and operating system of this machine */
export function machineInfo(): MachineInfo {
  return {
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
    totalMemoryBytes: os.totalmem(),
    node: process.version,
    os: `${os.type()} ${os.release()}`,
    arch: os.arch(),
  };
}

/** Order statistics of repeated measurements. */
export interface Stats {
  readonly n: number;
  readonly min: number;
  readonly median: number;
  /** Nearest-rank 95th percentile (with few runs, the maximum). */
  readonly p95: number;
  readonly max: number;
  readonly mean: number;
}

/**
 * @param values - measurements (at least one)
 * @returns their order statistics
 * @throws Error when there are no values
 */
export function summarize(values: readonly number[]): Stats {
  if (values.length === 0) throw new Error('summarize: no values');
  const sorted = [...values].sort((a, b) => a - b);
  const at = (i: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, i))] ?? Number.NaN;
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 === 1 ? at(mid) : (at(mid - 1) + at(mid)) / 2;
  return {
    n: sorted.length,
    min: at(0),
    median,
    p95: at(Math.ceil(0.95 * sorted.length) - 1),
    max: at(sorted.length - 1),
    mean: sorted.reduce((s, v) => s + v, 0) / sorted.length,
  };
}

/** Peak memory of a process. */
export interface RssReport {
  /** Highest `process.memoryUsage().rss` seen by the sampler. */
  readonly sampledPeakBytes: number;
  /** The kernel's high-water mark (`process.resourceUsage().maxRSS`) — for the whole process lifetime. */
  readonly maxRssBytes: number;
}

/**
 * Samples this process's resident set size on an interval. Synchronous work (better-sqlite3)
 * blocks the timer, so the sampled peak can miss spikes; `maxRssBytes` cannot.
 */
export class RssSampler {
  private timer: NodeJS.Timeout | undefined;
  private peak = 0;

  /** @param intervalMs - how often to sample */
  constructor(private readonly intervalMs = 50) {}

  /** Starts sampling (again). */
  start(): void {
    this.peak = process.memoryUsage.rss();
    this.timer = setInterval(() => this.sample(), this.intervalMs);
    this.timer.unref();
  }

  /** Takes a sample now (call inside long synchronous loops). */
  sample(): void {
    const rss = process.memoryUsage.rss();
    if (rss > this.peak) this.peak = rss;
  }

  /** @returns the peaks seen since `start` */
  stop(): RssReport {
    this.sample();
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    return { sampledPeakBytes: this.peak, maxRssBytes: process.resourceUsage().maxRSS * 1024 };
  }
}

/** Environment variable naming the file a child writes its memory report to. */
const RSS_FILE_ENV = 'DAYLIGHT_BENCH_RSS_FILE';

// Preloaded into child processes (node --import): samples RSS and, on exit, writes the kernel's
// high-water mark and the sampled peak to the file the parent named. A data: URL keeps the
// child's own code untouched.
const PRELOAD_SOURCE = `
import { writeFileSync } from 'node:fs';
let peak = process.memoryUsage.rss();
const timer = setInterval(() => { const r = process.memoryUsage.rss(); if (r > peak) peak = r; }, 50);
timer.unref();
process.on('exit', () => {
  const file = process.env.${RSS_FILE_ENV};
  if (!file) return;
  const r = process.memoryUsage.rss();
  writeFileSync(file, JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, sampledPeakBytes: Math.max(peak, r) }));
});
`;
const PRELOAD_URL = `data:text/javascript,${encodeURIComponent(PRELOAD_SOURCE)}`;

const childRssSchema = z.object({ maxRssKb: z.number(), sampledPeakBytes: z.number() });

/** The outcome of a child process. */
export interface ChildRun {
  readonly exitCode: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  /** The last 64 KiB of stderr. */
  readonly stderr: string;
  /** From spawn to exit, as the parent saw it. */
  readonly wallSeconds: number;
  /** The child's own kernel high-water mark, from its exit report (null if it wrote none). */
  readonly maxRssBytes: number | null;
  /** The child's own sampled peak RSS. */
  readonly sampledPeakRssBytes: number | null;
  /** VmHWM polled by the parent from /proc (Linux), a cross-check when the child is killed. */
  readonly polledPeakRssBytes: number | null;
}

/** Options of `runNode`. */
export interface RunNodeOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Kill the child after this long (default: none). */
  readonly timeoutMs?: number;
}

const STDERR_KEEP = 64 * 1024;

function readVmHwm(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match?.[1] ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Runs a Node.js script in a child process that reports its own peak memory.
 * @param args - script and arguments, as after `node`
 * @param options - working directory, environment, timeout
 * @returns exit status, output, wall time and peak RSS
 */
export async function runNode(args: readonly string[], options: RunNodeOptions): Promise<ChildRun> {
  const reportFile = join(
    os.tmpdir(),
    `daylight-bench-rss-${process.pid}-${randomBytes(6).toString('hex')}.json`,
  );
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', PRELOAD_URL, ...args], {
    cwd: options.cwd,
    env: { ...(options.env ?? process.env), [RSS_FILE_ENV]: reportFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    stdout += chunk;
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    stderr = (stderr + chunk).slice(-STDERR_KEEP);
  });
  let polled: number | null = null;
  const poll = setInterval(() => {
    if (child.pid === undefined) return;
    const hwm = readVmHwm(child.pid);
    if (hwm !== null && (polled === null || hwm > polled)) polled = hwm;
  }, 200);
  const timeout =
    options.timeoutMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), options.timeoutMs);
  try {
    const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>(
      (resolve, reject) => {
        child.once('error', reject);
        child.once('close', (code, sig) => resolve([code, sig]));
      },
    );
    const wallSeconds = (performance.now() - started) / 1000;
    let report: z.infer<typeof childRssSchema> | null = null;
    try {
      report = childRssSchema.parse(JSON.parse(await readFile(reportFile, 'utf8')));
    } catch {
      report = null;
    }
    return {
      exitCode,
      signal,
      stdout,
      stderr,
      wallSeconds,
      maxRssBytes: report ? report.maxRssKb * 1024 : null,
      sampledPeakRssBytes: report ? report.sampledPeakBytes : null,
      polledPeakRssBytes: polled,
    };
  } finally {
    clearInterval(poll);
    if (timeout) clearTimeout(timeout);
    await rm(reportFile, { force: true });
  }
}

/** Whether more of a figure is better. */
export type Better = 'higher' | 'lower';

/** A figure measured once per run. */
export interface Figure {
  readonly name: string;
  readonly unit: string;
  readonly better: Better;
  readonly values: readonly number[];
}

/** A figure with its statistics. */
export interface FigureSummary extends Stats {
  readonly name: string;
  readonly unit: string;
  readonly better: Better;
  readonly values: readonly number[];
}

/**
 * @param figure - a figure's values
 * @returns the figure with median / p95 / max
 */
export function summarizeFigure(figure: Figure): FigureSummary {
  return { ...figure, ...summarize(figure.values) };
}

/** The ratio of a figure to the same figure of the baseline. */
export interface Ratio {
  readonly name: string;
  readonly description: string;
  /** Median of the figure divided by median of the baseline. */
  readonly value: number;
  /** Statistics of the per-run ratios (run i against baseline run i). */
  readonly perRun: Stats;
}

/**
 * @param name - what is compared
 * @param description - how
 * @param figure - the measured values
 * @param baseline - the baseline values, paired by run
 * @returns the ratio of medians and the per-run ratios
 */
export function ratioOf(
  name: string,
  description: string,
  figure: readonly number[],
  baseline: readonly number[],
): Ratio {
  const perRun = figure.map((v, i) => v / (baseline[i] ?? Number.NaN));
  return {
    name,
    description,
    value: summarize(figure).median / summarize(baseline).median,
    perRun: summarize(perRun),
  };
}

/** A target from BENCHMARKS.md and whether this run met it. */
export interface TargetCheck {
  readonly target: string;
  readonly status: 'pass' | 'fail' | 'not-applicable';
  readonly detail: string;
}

/** One part of a report, e.g. one store. */
export interface ReportSection {
  readonly label: string;
  readonly figures: readonly FigureSummary[];
  readonly baseline: { readonly description: string; readonly figures: readonly FigureSummary[] } | null;
  readonly ratios: readonly Ratio[];
  readonly targets: readonly TargetCheck[];
  /** Raw per-run records, for whoever wants to recompute. */
  readonly runs: readonly unknown[];
}

/** Everything one benchmark measured. */
export interface BenchmarkReport {
  readonly name: string;
  readonly scale: string;
  readonly seed: number;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly machine: MachineInfo;
  /** What was measured on: sizes and counts. */
  readonly workload: Readonly<Record<string, unknown>>;
  readonly sections: readonly ReportSection[];
  readonly notes: readonly string[];
}

/**
 * @param value - a number
 * @returns it with thousands separators, or three significant digits when small
 */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const abs = Math.abs(value);
  if (Number.isInteger(value) || abs >= 1000) return Math.round(value).toLocaleString('en-GB');
  if (abs >= 100) return value.toFixed(0);
  if (abs >= 10) return value.toFixed(1);
  return value.toFixed(abs >= 1 ? 2 : 3);
}

function table(rows: readonly (readonly string[])[]): string {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows
    .map((row) =>
      row
        .map((cell, i) => (i < 2 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/**
 * Renders a report as a plain-text table.
 * @param report - the report
 * @returns the table, with the machine and workload above it
 */
export function formatReport(report: BenchmarkReport): string {
  const m = report.machine;
  const lines = [
    `${report.name} — scale ${report.scale}, seed ${report.seed}`,
    `machine: ${m.cores} cores (${m.cpuModel}), ${formatNumber(m.totalMemoryBytes / 2 ** 30)} GiB, Node ${m.node}, ${m.os} ${m.arch}`,
    `workload: ${Object.entries(report.workload)
      .filter(([, v]) => typeof v === 'number' || typeof v === 'string')
      .map(([k, v]) => `${k} ${typeof v === 'number' ? formatNumber(v) : String(v)}`)
      .join(', ')}`,
    '',
  ];
  const rows: string[][] = [['', 'figure', 'unit', 'median', 'p95', 'max', 'runs']];
  const figureRow = (label: string, f: FigureSummary): string[] => [
    label,
    f.name,
    f.unit,
    formatNumber(f.median),
    formatNumber(f.p95),
    formatNumber(f.max),
    String(f.n),
  ];
  for (const section of report.sections) {
    for (const f of section.figures) rows.push(figureRow(section.label, f));
    for (const f of section.baseline?.figures ?? []) rows.push(figureRow(`${section.label} baseline`, f));
    for (const r of section.ratios) {
      rows.push([
        `${section.label} ratio`,
        r.name,
        '×',
        r.value.toFixed(2),
        r.perRun.p95.toFixed(2),
        r.perRun.max.toFixed(2),
        String(r.perRun.n),
      ]);
    }
  }
  lines.push(table(rows), '');
  for (const section of report.sections) {
    if (section.baseline) lines.push(`${section.label} baseline: ${section.baseline.description}`);
    for (const r of section.ratios) lines.push(`${section.label} ratio "${r.name}": ${r.description}`);
    for (const t of section.targets)
      lines.push(`${section.label} target ${t.target}: ${t.status.toUpperCase()} — ${t.detail}`);
  }
  for (const note of report.notes) lines.push(`note: ${note}`);
  return lines.join('\n');
}

/**
 * Writes `DIR/NAME.json` (the latest run) and `DIR/NAME.SCALE.json` (kept per scale).
 * @param report - the report
 * @param dir - the results directory (bench/results)
 * @returns the paths written
 */
export async function writeReport(report: BenchmarkReport, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const json = `${JSON.stringify(report, null, 2)}\n`;
  const paths = [join(dir, `${report.name}.json`), join(dir, `${report.name}.${report.scale}.json`)];
  for (const path of paths) await writeFile(path, json);
  return paths;
}
