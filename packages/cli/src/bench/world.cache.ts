/**
 * Generated worlds cached under bench/data, keyed by scale, seed and generator version, so that
 * repeated benchmark runs measure the same bytes without paying for generation each time.
 */
import { mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import {
  GENERATOR_VERSION,
  SCALES,
  writeWorldFile,
  type Scale,
  type WorldSummary,
} from './world.generator.js';

/** A world file and what it contains. */
export interface CachedWorld {
  readonly path: string;
  readonly summary: WorldSummary;
}

const summarySchema = z.object({
  scale: z.enum(SCALES),
  seed: z.number().int(),
  generatorVersion: z.number().int(),
  entities: z.number().int(),
  bySchema: z.record(z.string(), z.number().int()),
  bytes: z.number().int(),
  seconds: z.number(),
});

/**
 * @param dir - the cache directory
 * @param scale - the scale
 * @param seed - the seed
 * @returns the path of that world's file in the cache
 */
export function worldPath(dir: string, scale: Scale, seed: number): string {
  return join(dir, `world-${scale}-seed${seed}-v${GENERATOR_VERSION}.ftm.jsonl`);
}

async function readSummary(path: string, bytes: number): Promise<WorldSummary | undefined> {
  try {
    const summary = summarySchema.parse(JSON.parse(await readFile(`${path}.summary.json`, 'utf8')));
    // A truncated file (disk full, killed run) does not count as cached.
    return summary.bytes === bytes && summary.generatorVersion === GENERATOR_VERSION ? summary : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Returns the cached world, generating it first when it is missing or stale. The file is written
 * under a temporary name and renamed, so a killed run never leaves a half world behind.
 * @param dir - the cache directory (bench/data)
 * @param scale - the scale
 * @param seed - the seed
 * @param log - progress messages
 * @returns the world file and its summary
 */
export async function ensureWorld(
  dir: string,
  scale: Scale,
  seed: number,
  log: (message: string) => void,
): Promise<CachedWorld> {
  const path = worldPath(dir, scale, seed);
  const size = await stat(path).then(
    (s) => s.size,
    () => -1,
  );
  if (size >= 0) {
    const summary = await readSummary(path, size);
    if (summary) return { path, summary };
  }
  await mkdir(dir, { recursive: true });
  const partial = `${path}.${process.pid}.partial`;
  log(`generating the ${scale} world (seed ${seed}) into ${path} …`);
  try {
    const summary = await writeWorldFile({ scale, seed }, partial);
    await writeFile(`${path}.summary.json`, `${JSON.stringify(summary, null, 2)}\n`);
    await rename(partial, path);
    log(
      `generated ${summary.entities.toLocaleString('en-GB')} entities (${(summary.bytes / 2 ** 20).toFixed(1)} MiB) in ${summary.seconds.toFixed(1)} s`,
    );
    return { path, summary };
  } finally {
    await rm(partial, { force: true });
  }
}
