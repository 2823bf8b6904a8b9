/**
 * Parsing of the `daylight bench` flags. Bad values are user errors (exit 1) with a message that
 * says which flag, what was given and what would do.
 */
import { z } from 'zod';
import { CliUsageError } from '../context.js';
import { DEFAULT_SEED, SCALES, type Scale } from './world.generator.js';

const scaleSchema = z.enum(SCALES);
const seedSchema = z.coerce.number().int().min(0).max(0xffff_ffff);
const repeatsSchema = z.coerce.number().int().min(1).max(100);

/**
 * @param value - the `--scale` flag, if given
 * @returns the scale (`small` by default)
 * @throws CliUsageError when it is not small, medium or large
 */
export function parseScale(value: string | undefined): Scale {
  if (value === undefined) return 'small';
  const parsed = scaleSchema.safeParse(value);
  if (!parsed.success) {
    throw new CliUsageError(`--scale: "${value}" is not a scale. Use one of: ${SCALES.join(', ')}.`);
  }
  return parsed.data;
}

/**
 * @param value - the `--seed` flag, if given
 * @returns the seed (DEFAULT_SEED by default)
 * @throws CliUsageError when it is not a whole number from 0 to 4294967295
 */
export function parseSeed(value: string | undefined): number {
  if (value === undefined) return DEFAULT_SEED;
  const parsed = seedSchema.safeParse(value);
  if (!parsed.success || value.trim() === '') {
    throw new CliUsageError(`--seed: "${value}" is not a whole number from 0 to 4294967295.`);
  }
  return parsed.data;
}

/**
 * @param value - the `--repeats` flag, if given
 * @returns the number of runs, or undefined for each benchmark's default
 * @throws CliUsageError when it is not a whole number from 1 to 100
 */
export function parseRepeats(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const parsed = repeatsSchema.safeParse(value);
  if (!parsed.success || value.trim() === '') {
    throw new CliUsageError(`--repeats: "${value}" is not a whole number from 1 to 100.`);
  }
  return parsed.data;
}

/**
 * @param value - the `--only` flag (`a,b`), if given
 * @returns the names, or undefined for the whole suite
 * @throws CliUsageError when the list is empty
 */
export function parseOnly(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const names = value
    .split(',')
    .map((n) => n.trim())
    .filter((n) => n !== '');
  if (names.length === 0)
    throw new CliUsageError('--only: give one or more benchmark names, separated by commas.');
  return [...new Set(names)];
}
