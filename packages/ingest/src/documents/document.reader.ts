/**
 * Reads a document file of any supported kind (plain text with or without a header, HTML, PDF)
 * into its text, metadata and content hash.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { DaylightError } from '@daylight/core';
import { parseDocumentHeader, type DocumentMetadata } from './document-header.js';
import { readHtml } from './html.reader.js';
import { readPdf, type PageSpan } from './pdf.reader.js';

/** The kinds of file ingest reads. */
export type DocumentKind = 'text' | 'html' | 'pdf';

/** A document read from a file. */
export interface ReadDocument {
  readonly path: string;
  readonly kind: DocumentKind;
  /** The body text extraction runs on (header, markup and scripts removed). */
  readonly text: string;
  readonly metadata: DocumentMetadata;
  /** SHA-256 of the file's bytes: the same file twice is the same document. */
  readonly contentHash: string;
  /** For PDFs, where each page's text lies. */
  readonly pages: readonly PageSpan[];
}

/** A file ingest cannot read. */
export class DocumentReadError extends DaylightError {
  /**
   * @param path - the file
   * @param reason - what went wrong and what to do
   */
  constructor(
    readonly path: string,
    reason: string,
  ) {
    super('document_unreadable', `${path}: ${reason}`);
  }
}

const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md', '']);
const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);

/**
 * @param path - a file name
 * @param head - its first bytes
 * @returns the kind of document, or undefined when ingest does not read it
 */
export function documentKind(path: string, head: Uint8Array): DocumentKind | undefined {
  const ext = extname(path).toLowerCase();
  if (ext === '.pdf' || Buffer.from(head.subarray(0, 5)).toString('latin1') === '%PDF-') return 'pdf';
  if (HTML_EXTENSIONS.has(ext)) return 'html';
  if (TEXT_EXTENSIONS.has(ext)) {
    const start = Buffer.from(head.subarray(0, 200)).toString('utf8').trimStart().toLowerCase();
    return start.startsWith('<!doctype html') || start.startsWith('<html') ? 'html' : 'text';
  }
  return undefined;
}

/**
 * Reads a document file.
 * @param path - the file
 * @param overrides - metadata given on the command line (wins over what the file says)
 * @returns its text, metadata and hash
 * @throws DocumentReadError when the file is missing, of an unsupported kind, or unreadable
 */
export async function readDocument(path: string, overrides: DocumentMetadata = {}): Promise<ReadDocument> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DocumentReadError(
      path,
      code === 'ENOENT' ? 'no such file; check the path.' : `cannot be read (${code ?? String(error)}).`,
    );
  }
  const kind = documentKind(path, bytes);
  if (!kind) {
    throw new DocumentReadError(
      path,
      `unsupported file type "${extname(path)}"; ingest reads .txt, .md, .html and .pdf files.`,
    );
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  let text: string;
  let metadata: DocumentMetadata;
  let pages: readonly PageSpan[] = [];
  if (kind === 'pdf') {
    try {
      const pdf = await readPdf(bytes);
      ({ text, metadata, pages } = pdf);
    } catch (error) {
      throw new DocumentReadError(
        path,
        `not a readable PDF (${error instanceof Error ? error.message : String(error)}).`,
      );
    }
  } else if (kind === 'html') {
    ({ text, metadata } = readHtml(bytes.toString('utf8')));
  } else {
    const parsed = parseDocumentHeader(bytes.toString('utf8'));
    text = parsed.body;
    metadata = parsed.metadata;
  }
  if (text.trim() === '')
    throw new DocumentReadError(path, 'has no text to extract from (a scanned PDF needs OCR first).');
  const merged: DocumentMetadata = { ...metadata, ...definedOnly(overrides) };
  if (!merged.title) merged.title = basename(path, extname(path));
  return { path, kind, text, metadata: merged, contentHash, pages };
}

function definedOnly(meta: DocumentMetadata): DocumentMetadata {
  const out: DocumentMetadata = {};
  for (const key of ['title', 'publisher', 'date', 'url', 'language'] as const) {
    const value = meta[key];
    if (value !== undefined && value !== '') out[key] = value;
  }
  return out;
}
