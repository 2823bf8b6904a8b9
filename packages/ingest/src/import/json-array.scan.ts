/**
 * Streams the elements of a JSON array file (or a file of JSON objects one after the other, as
 * in JSON lines) without reading the whole file into memory: a small tokenizer tracks strings
 * and nesting and hands out each top-level element's text, with its index and line.
 */
import { createReadStream } from 'node:fs';

/** One element of the array. */
export interface JsonElement {
  /** 0-based position in the array (or in the file, for JSON lines). */
  readonly index: number;
  /** 1-based line where the element starts. */
  readonly line: number;
  readonly text: string;
}

/** A file being read, with how far it is. */
export interface JsonElementReader extends AsyncIterable<JsonElement> {
  readonly bytesRead: number;
}

/** The file is not a JSON array or a sequence of JSON objects. */
export class JsonShapeError extends Error {
  /**
   * @param line - where
   * @param message - what
   */
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * @param path - a `.json` file holding an array of objects, or JSON lines
 * @returns its elements as text, in order
 */
export function readJsonElements(path: string): JsonElementReader {
  let bytesRead = 0;
  return {
    get bytesRead() {
      return bytesRead;
    },
    async *[Symbol.asyncIterator]() {
      const stream = createReadStream(path, { encoding: 'utf8' });
      let base = -1; // nesting depth of elements: 1 inside a top-level array, 0 for JSON lines
      let depth = 0;
      let inString = false;
      let escape = false;
      let line = 1;
      let index = 0;
      let parts: string[] = [];
      let startLine = 0;
      let closed = false;
      for await (const chunk of stream as AsyncIterable<string>) {
        bytesRead += Buffer.byteLength(chunk);
        let start = depth > base && base >= 0 ? 0 : -1;
        for (let i = 0; i < chunk.length; i++) {
          const c = chunk.charCodeAt(i);
          if (c === 10) line++;
          if (inString) {
            if (escape) escape = false;
            else if (c === 92) escape = true;
            else if (c === 34) inString = false;
            continue;
          }
          if (c === 32 || c === 10 || c === 13 || c === 9) continue;
          if (base < 0) {
            if (c === 0xfeff) continue;
            if (c === 91) {
              base = 1;
              depth = 1;
              continue;
            }
            if (c === 123) base = 0;
            else throw new JsonShapeError(line, `line ${line}: expected a JSON array or JSON objects`);
          }
          if (closed) throw new JsonShapeError(line, `line ${line}: text after the end of the JSON array`);
          if (c === 34) {
            inString = true;
            continue;
          }
          if (c === 123 || c === 91) {
            if (depth === base) {
              start = i;
              startLine = line;
              parts = [];
            }
            depth++;
          } else if (c === 125 || c === 93) {
            depth--;
            if (depth === base) {
              parts.push(chunk.slice(start, i + 1));
              yield { index: index++, line: startLine, text: parts.join('') };
              parts = [];
              start = -1;
            } else if (depth < base) {
              if (base === 1 && depth === 0 && c === 93) closed = true;
              else throw new JsonShapeError(line, `line ${line}: unbalanced "${String.fromCharCode(c)}"`);
            }
          } else if (depth === base && c !== 44) {
            throw new JsonShapeError(line, `line ${line}: expected an object, found "${chunk[i]}"`);
          }
        }
        if (depth > base && base >= 0 && start >= 0) parts.push(chunk.slice(start));
      }
      const complete = base === 1 ? closed : depth === base && !inString;
      if (base >= 0 && !complete) {
        throw new JsonShapeError(line, `line ${line}: the file ends inside a JSON value (truncated?)`);
      }
    },
  };
}
