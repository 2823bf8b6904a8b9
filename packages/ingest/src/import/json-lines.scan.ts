/**
 * Reads a JSON-lines file and turns each line into import items, in bounded memory.
 */
import type { ImportError, ImportProgress } from './import.types.js';
import type { ItemResult } from './import.runner.js';
import { readLines } from './line-reader.js';

const PROGRESS_EVERY = 2000;

/**
 * Streams a JSON-lines file: blank lines are skipped, invalid JSON is an error naming the line,
 * every other line goes to `parse`.
 * @param file - the path
 * @param totalBytes - its size, for progress
 * @param parse - turns one parsed line into an item (or errors)
 * @param onProgress - progress callback
 * @returns items, one per line; the generator's return value is the file's SHA-1
 */
export async function* scanJsonLines(
  file: string,
  totalBytes: number,
  parse: (raw: unknown, line: number) => ItemResult,
  onProgress?: (progress: ImportProgress) => void,
): AsyncGenerator<ItemResult, string | undefined> {
  const reader = readLines(file);
  for await (const { number, text } of reader) {
    if (number % PROGRESS_EVERY === 0)
      onProgress?.({ file, bytesRead: reader.bytesRead, totalBytes, lines: number });
    if (text.trim() === '') {
      yield { kind: 'blank' };
      continue;
    }
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      const message = `line ${number}: invalid JSON (${(error as Error).message})`;
      yield { kind: 'error', errors: [{ file, line: number, message } satisfies ImportError] };
      continue;
    }
    yield parse(raw, number);
  }
  onProgress?.({ file, bytesRead: totalBytes, totalBytes, lines: -1 });
  return reader.sha1;
}
