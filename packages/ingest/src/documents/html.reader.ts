/**
 * HTML → article text with Readability over linkedom. linkedom builds a DOM without running
 * anything: scripts and styles are removed before Readability sees the page, so their text never
 * reaches the document.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMetadata } from './document-header.js';

/** What an HTML page yields. */
export interface HtmlArticle {
  readonly text: string;
  readonly metadata: DocumentMetadata;
}

const BLOCKS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'TR',
  'DIV',
  'SECTION',
  'ARTICLE',
  'FIGCAPTION',
  'DD',
  'DT',
]);

/** The few DOM members this module uses (the package has no DOM types). */
interface MiniElement {
  getAttribute(name: string): string | null;
  remove(): void;
  readonly textContent: string | null;
}
interface MiniDocument {
  querySelector(selector: string): MiniElement | null;
  querySelectorAll(selector: string): Iterable<MiniElement>;
  readonly body: unknown;
}
const parseDocument = (html: string): MiniDocument =>
  (parseHTML(html) as unknown as { document: MiniDocument }).document;

interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

/** Text of a DOM subtree with one paragraph per line (block elements end a line). */
function blockText(node: TextNode): string {
  const parts: string[] = [];
  const walk = (n: TextNode): void => {
    if (n.nodeType === 3) {
      parts.push((n.textContent ?? '').replace(/\s+/g, ' '));
      return;
    }
    if (
      n.nodeName === 'SCRIPT' ||
      n.nodeName === 'STYLE' ||
      n.nodeName === 'NOSCRIPT' ||
      n.nodeName === 'TEMPLATE'
    )
      return;
    if (n.nodeName === 'BR') parts.push('\n');
    for (let i = 0; i < n.childNodes.length; i++) {
      const child = n.childNodes[i];
      if (child) walk(child);
    }
    if (BLOCKS.has(n.nodeName)) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}

function meta(
  document: { querySelector(selector: string): { getAttribute(name: string): string | null } | null },
  selectors: readonly string[],
): string | undefined {
  for (const selector of selectors) {
    const value = document.querySelector(selector)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return undefined;
}

/**
 * Extracts an article's body and metadata from an HTML page.
 * @param html - the page
 * @returns the body text (one paragraph per line) and what the page says about itself
 */
export function readHtml(html: string): HtmlArticle {
  const document = parseDocument(html);
  for (const el of document.querySelectorAll('script, style, noscript, template, iframe, object, embed'))
    el.remove();
  const metadata: DocumentMetadata = {};
  const title =
    meta(document, ['meta[property="og:title"]', 'meta[name="twitter:title"]']) ??
    document.querySelector('title')?.textContent?.trim();
  const publisher = meta(document, ['meta[property="og:site_name"]', 'meta[name="publisher"]']);
  const date = meta(document, [
    'meta[property="article:published_time"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
  ]);
  const url =
    meta(document, ['meta[property="og:url"]']) ??
    document.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    undefined;
  const language = document.querySelector('html')?.getAttribute('lang') ?? undefined;
  if (title) metadata.title = title;
  if (publisher) metadata.publisher = publisher;
  if (date) metadata.date = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(date)?.[0] ?? date;
  if (url) metadata.url = url;
  if (language) metadata.language = language.slice(0, 2).toLowerCase();
  const article = new Readability(document, {
    charThreshold: 100,
  }).parse();
  let text = '';
  if (article?.content) {
    const body = parseDocument(`<!doctype html><html><body>${article.content}</body></html>`);
    text = blockText(body.body as TextNode);
    if (!metadata.title && article.title) metadata.title = article.title;
    if (!metadata.publisher && article.siteName) metadata.publisher = article.siteName;
  }
  if (text === '') text = blockText(document.body as TextNode);
  return { text, metadata };
}
