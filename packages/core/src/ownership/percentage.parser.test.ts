import { describe, expect, it } from 'vitest';
import { combinePercentages, parsePercentage } from './percentage.parser.js';

describe('parsePercentage', () => {
  it.each([
    ['51', 0.51],
    ['51%', 0.51],
    [' 25.5 % ', 0.255],
    ['25,5%', 0.255],
    ['100', 1],
    ['0', 0],
    ['approx. 30%', 0.3],
    ['12.5 per cent', 0.125],
  ])('reads %j as an exact share', (raw, value) => {
    const v = parsePercentage(raw);
    expect(v.kind).toBe('exact');
    if (v.kind === 'exact') expect(v.value).toBeCloseTo(value, 12);
  });

  it.each([
    ['<25', 0, 0.25],
    ['< 25%', 0, 0.25],
    ['less than 10 percent', 0, 0.1],
    ['>75', 0.75, 1],
    ['more than 50%', 0.5, 1],
    ['25-50', 0.25, 0.5],
    ['25 – 50 %', 0.25, 0.5],
    ['between 10 and 25%', 0.1, 0.25],
    ['10 to 25', 0.1, 0.25],
    ['more than 25% but not more than 50%', 0.25, 0.5],
    ['ownership-of-shares-25-to-50-percent', 0.25, 0.5],
    ['ownership-of-shares-75-to-100-percent', 0.75, 1],
    ['majority', 0.5, 1],
  ])('reads %j as a range', (raw, min, max) => {
    const v = parsePercentage(raw);
    expect(v.kind).toBe('range');
    if (v.kind === 'range') {
      expect(v.min).toBeCloseTo(min, 12);
      expect(v.max).toBeCloseTo(max, 12);
    }
  });

  it.each(['', 'n/a', 'unknown', '150', '-5', 'abc 20', 'significant'])('does not guess %j', (raw) => {
    expect(parsePercentage(raw)).toEqual({ kind: 'unknown' });
  });
});

describe('combinePercentages', () => {
  it('keeps agreeing exact values exact and widens disagreeing ones into a range', () => {
    expect(combinePercentages(['51', '51%'])).toEqual({ kind: 'exact', value: 0.51 });
    expect(combinePercentages(['40', '45'])).toEqual({ kind: 'range', min: 0.4, max: 0.45 });
    expect(combinePercentages(['<25', 'n/a'])).toEqual({ kind: 'range', min: 0, max: 0.25 });
    expect(combinePercentages(['n/a'])).toEqual({ kind: 'unknown' });
  });
});
