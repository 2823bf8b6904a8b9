import { describe, expect, it } from 'vitest';
import { CliUsageError } from '../context.js';
import { parseOnly, parseRepeats, parseScale, parseSeed } from './bench.options.js';
import { BENCHMARKS, BENCHMARK_NAMES, selectBenchmarks } from './bench.registry.js';

describe('bench flags', () => {
  it('defaults to the small scale and rejects unknown scales as user errors', () => {
    expect(parseScale(undefined)).toBe('small');
    expect(parseScale('medium')).toBe('medium');
    expect(() => parseScale('huge')).toThrow(CliUsageError);
    expect(() => parseScale('huge')).toThrow(
      /--scale: "huge" is not a scale\. Use one of: small, medium, large\./,
    );
  });

  it('takes whole seeds and repeat counts only', () => {
    expect(parseSeed(undefined)).toBe(42);
    expect(parseSeed('7')).toBe(7);
    for (const bad of ['', '-1', '1.5', 'abc', '4294967296'])
      expect(() => parseSeed(bad)).toThrow(CliUsageError);
    expect(parseRepeats(undefined)).toBeUndefined();
    expect(parseRepeats('5')).toBe(5);
    expect(() => parseRepeats('0')).toThrow(CliUsageError);
  });

  it('splits --only and tells unknown benchmarks from ones not written yet', () => {
    expect(parseOnly(' import, search ,import')).toEqual(['import', 'search']);
    expect(() => parseOnly(' , ')).toThrow(CliUsageError);
    // Whichever benchmarks exist by now: asked-for names are either run or reported, never dropped.
    const selection = selectBenchmarks([...BENCHMARK_NAMES].reverse());
    expect(selection.run.map((b) => b.name)).toEqual(BENCHMARK_NAMES.filter((n) => BENCHMARKS.has(n)));
    expect(selection.notImplemented).toEqual(BENCHMARK_NAMES.filter((n) => !BENCHMARKS.has(n)));
    expect(selectBenchmarks(['import']).run.map((b) => b.name)).toEqual(['import', 'import-formats']);
    expect(selectBenchmarks(['import-formats']).run.map((b) => b.name)).toEqual(['import-formats']);
    expect(() => selectBenchmarks(['imports'])).toThrow(/"imports" is not a benchmark/);
  });
});
