/**
 * Streams a text file line by line with line numbers, bytes read and the file's SHA-1.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

/** One line of a file. */
export interface NumberedLine {
  /** 1-based line number. */
  readonly number: number;
  readonly text: string;
}

/** A file being read, with what has been read so far. */
export interface LineReader extends AsyncIterable<NumberedLine> {
  /** Bytes read so far. */
  readonly bytesRead: number;
  /** SHA-1 of the whole file; available once iteration has finished. */
  readonly sha1: string | undefined;
}

/**
 * Opens a file for reading line by line, in bounded memory.
 * @param path - the file
 * @returns an async iterable of numbered lines
 */
export function readLines(path: string): LineReader {
  let bytesRead = 0;
  let sha1: string | undefined;
  return {
    get bytesRead() {
      return bytesRead;
    },
    get sha1() {
      return sha1;
    },
    async *[Symbol.asyncIterator]() {
      // Everything attaches in one tick, before the stream flows, so no chunk is missed.
      const stream = createReadStream(path);
      const hash = createHash('sha1');
      const lines = createInterface({ input: stream, crlfDelay: Infinity })[Symbol.asyncIterator]();
      stream.on('data', (chunk: Buffer | string) => {
        bytesRead += chunk.length;
        hash.update(chunk);
      });
      let number = 0;
      for (;;) {
        const next = await lines.next();
        if (next.done) break;
        number++;
        yield { number, text: next.value };
      }
      sha1 = hash.digest('hex');
    },
  };
}
