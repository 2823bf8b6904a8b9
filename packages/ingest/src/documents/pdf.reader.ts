/**
 * PDF → text with pdfjs-dist (legacy build, for Node). Pages are kept: the text of page n starts
 * at `pages[n - 1].start`, so a quote's offsets give its page number for citations.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { DocumentMetadata } from './document-header.js';

/** Where each page's text starts and ends in the document text. */
export interface PageSpan {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

/** What a PDF yields. */
export interface PdfText {
  readonly text: string;
  readonly pages: readonly PageSpan[];
  readonly metadata: DocumentMetadata;
}

interface TextItemLike {
  readonly str?: unknown;
  readonly hasEOL?: unknown;
}

const require = createRequire(import.meta.url);
const FONT_DIR = `${pathToFileURL(join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')).href}/`;

/**
 * Reads the text layer of a PDF.
 * @param data - the file's bytes
 * @returns the text (pages separated by a blank line), page offsets and the PDF's own metadata
 * @throws Error when the bytes are not a readable PDF (pdfjs's message)
 */
export async function readPdf(data: Uint8Array): Promise<PdfText> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    standardFontDataUrl: FONT_DIR,
    isEvalSupported: false,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pdf = await task.promise;
  try {
    const pages: PageSpan[] = [];
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      let pageText = '';
      for (const item of content.items as readonly TextItemLike[]) {
        if (typeof item.str !== 'string') continue;
        pageText += item.str;
        if (item.hasEOL === true) pageText += '\n';
      }
      // Lines broken inside a paragraph are joined; blank lines stay paragraph breaks.
      pageText = pageText
        .replace(/-\n(?=\p{Ll})/gu, '')
        .replace(/([^\n.!?:])\n(?=\p{Ll})/gu, '$1 ')
        .replace(/[ \t]+/g, ' ')
        .trim();
      if (text !== '') text += '\n\n';
      const start = text.length;
      text += pageText;
      pages.push({ page: n, start, end: text.length });
    }
    const info = (await pdf.getMetadata()).info as Record<string, unknown> | undefined;
    const metadata: DocumentMetadata = {};
    if (typeof info?.Title === 'string' && info.Title.trim() !== '') metadata.title = info.Title.trim();
    const created =
      typeof info?.CreationDate === 'string' ? /^D:(\d{4})(\d{2})?(\d{2})?/.exec(info.CreationDate) : null;
    if (created)
      metadata.date = [created[1], created[2], created[3]].filter((p) => p !== undefined).join('-');
    return { text, pages, metadata };
  } finally {
    await pdf.destroy();
  }
}

/**
 * @param pages - page spans of a PDF's text
 * @param offset - a character offset in the text
 * @returns the page number the offset falls on, or undefined
 */
export function pageAt(pages: readonly PageSpan[], offset: number): number | undefined {
  return pages.find((p) => offset >= p.start && offset <= p.end)?.page;
}
