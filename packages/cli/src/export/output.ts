/**
 * Writing export files: to a temporary name renamed at the end, so a failed export leaves no
 * partial file; or to standard output.
 */
import { once } from 'node:events';
import { createWriteStream, renameSync, rmSync } from 'node:fs';
import type { Writable } from 'node:stream';

/** An output being written. */
export interface Output {
  readonly stream: Writable;
  /** Writes text, waiting when the stream is full. */
  write(text: string | Uint8Array): Promise<void>;
  /** Finishes the file (renames it into place). */
  finish(): Promise<void>;
  /** Removes the partial file. */
  abort(): void;
}

/**
 * @param stream - a writable stream
 * @param chunk - what to write
 */
export async function writeTo(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  if (!stream.write(chunk)) await once(stream, 'drain');
}

/**
 * @param path - the file, or undefined for standard output
 * @returns the output
 */
export function openOutput(path: string | undefined): Output {
  const temp = path === undefined ? undefined : `${path}.partial-${process.pid}`;
  const stream: Writable = temp === undefined ? process.stdout : createWriteStream(temp);
  if (temp === undefined) {
    // A reader that stops early (`| head`) is not an error of the export.
    process.stdout.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(0);
      throw error;
    });
  }
  return {
    stream,
    write: (chunk) => writeTo(stream, chunk),
    finish: async () => {
      if (temp === undefined || path === undefined) return;
      stream.end();
      await once(stream, 'finish');
      renameSync(temp, path);
    },
    abort: () => {
      if (temp === undefined) return;
      stream.destroy();
      rmSync(temp, { force: true });
    },
  };
}
