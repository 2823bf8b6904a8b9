import { describe, expect, it } from 'vitest';
import {
  formatReport,
  ratioOf,
  runNode,
  summarize,
  summarizeFigure,
  type BenchmarkReport,
} from './harness.js';

describe('harness', () => {
  it('summarises runs as median, nearest-rank p95 and max', () => {
    expect(summarize([3, 1, 2])).toMatchObject({ n: 3, min: 1, median: 2, p95: 3, max: 3 });
    expect(summarize([4, 1, 3, 2]).median).toBe(2.5);
    const many = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(summarize(many).p95).toBe(95);
    expect(() => summarize([])).toThrow();
  });

  it('compares a figure with its baseline run by run and by medians', () => {
    const ratio = ratioOf('rate', 'test', [50, 60, 40], [100, 100, 100]);
    expect(ratio.value).toBeCloseTo(0.5);
    expect(ratio.perRun.max).toBeCloseTo(0.6);
  });

  it("reads a child process's own peak RSS", async () => {
    // The child touches 256 MiB; its kernel high-water mark must show it, the parent's must not matter.
    const run = await runNode(['-e', 'const b = Buffer.alloc(256 * 2 ** 20, 1); console.log(b[5])'], {
      cwd: process.cwd(),
    });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.trim()).toBe('1');
    expect(run.maxRssBytes).toBeGreaterThan(256 * 2 ** 20);
    expect(run.wallSeconds).toBeGreaterThan(0);
  });

  it('prints every figure, baseline and target in the table', () => {
    const report: BenchmarkReport = {
      name: 'demo',
      scale: 'small',
      seed: 1,
      startedAt: '',
      finishedAt: '',
      machine: {
        cores: 2,
        cpuModel: 'cpu',
        totalMemoryBytes: 2 ** 30,
        node: 'v20',
        os: 'Linux',
        arch: 'x64',
      },
      workload: { entities: 7000 },
      sections: [
        {
          label: 'sqlite',
          figures: [
            summarizeFigure({
              name: 'statements/s',
              unit: '1/s',
              better: 'higher',
              values: [1000, 2000, 3000],
            }),
          ],
          baseline: {
            description: 'bare loop',
            figures: [
              summarizeFigure({
                name: 'statements/s (INSERT only)',
                unit: '1/s',
                better: 'higher',
                values: [4000],
              }),
            ],
          },
          ratios: [ratioOf('vs bare', 'ratio', [2000], [4000])],
          targets: [{ target: '≥ 0.5', status: 'pass', detail: '0.50' }],
          runs: [],
        },
      ],
      notes: ['a note'],
    };
    const text = formatReport(report);
    expect(text).toContain('statements/s (INSERT only)');
    expect(text).toMatch(/sqlite\s+statements\/s\s+1\/s\s+2,000\s+3,000\s+3,000\s+3/);
    expect(text).toContain('sqlite target ≥ 0.5: PASS');
    expect(text).toContain('entities 7,000');
  });
});
