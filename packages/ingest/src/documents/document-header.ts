/**
 * The small header some text files carry before their body: either `key: value` lines closed by
 * a `---` line (title, publisher, published, language, url), or `URL:` / `TITLE:` lines closed by
 * a blank line.
 */

/** Metadata a header (or a command line) gives a document. */
export interface DocumentMetadata {
  title?: string;
  publisher?: string;
  /** ISO-8601 date or prefix; free text after it is dropped. */
  date?: string;
  url?: string;
  language?: string;
}

const KEYS: Readonly<Record<string, keyof DocumentMetadata>> = {
  title: 'title',
  publisher: 'publisher',
  published: 'date',
  date: 'date',
  url: 'url',
  source: 'url',
  language: 'language',
  lang: 'language',
};

function setValue(meta: DocumentMetadata, key: keyof DocumentMetadata, raw: string): void {
  let value = raw.trim();
  if (key === 'date') value = /^\d{4}(?:-\d{2}(?:-\d{2})?)?/.exec(value)?.[0] ?? value;
  if (key === 'title') value = value.replace(/^\[title derived from URL\]\s*/i, '');
  if (value !== '') meta[key] = value;
}

/**
 * Splits a text file into its header metadata and its body.
 * @param raw - the whole file
 * @returns the metadata found and the body with its offset in `raw`
 */
export function parseDocumentHeader(raw: string): {
  metadata: DocumentMetadata;
  body: string;
  bodyOffset: number;
} {
  const metadata: DocumentMetadata = {};
  const text = raw.replace(/^\uFEFF/, '');
  const skip = raw.length - text.length;
  // Form 1: key: value lines up to a "---" line.
  const fenced = /^((?:[A-Za-z][A-Za-z_ ]{0,20}:[^\n]*\n){1,12})---[ \t]*\n/.exec(text);
  if (fenced) {
    for (const line of (fenced[1] ?? '').split('\n')) {
      const m = /^([A-Za-z][A-Za-z_ ]{0,20}):(.*)$/.exec(line);
      const key = m ? KEYS[(m[1] ?? '').trim().toLowerCase()] : undefined;
      if (m && key) setValue(metadata, key, m[2] ?? '');
    }
    return { metadata, body: text.slice(fenced[0].length), bodyOffset: skip + fenced[0].length };
  }
  // Form 2: upper-case KEY: value lines at the top, then a blank line.
  const upper = /^((?:(?:URL|TITLE|PUBLISHER|PUBLISHED|DATE|LANGUAGE):[^\n]*\n){1,8})\s*\n/.exec(text);
  if (upper) {
    for (const line of (upper[1] ?? '').split('\n')) {
      const m = /^([A-Z]+):(.*)$/.exec(line);
      const key = m ? KEYS[(m[1] ?? '').toLowerCase()] : undefined;
      if (m && key) setValue(metadata, key, m[2] ?? '');
    }
    return { metadata, body: text.slice(upper[0].length), bodyOffset: skip + upper[0].length };
  }
  return { metadata, body: text, bodyOffset: skip };
}
