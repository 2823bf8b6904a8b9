/**
 * Documents in the store: a `sources` row of kind `document` plus its text in `document_texts`
 * (migration 005). Reads and the text write go through Kysely, the same SQL on both databases.
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { sourceId, type Source, type SourceId } from '@daylight/core';
import type { Database } from '../database.types.js';
import { sourceFromRow } from '../rows.js';

/** `document_texts` */
export type DocumentTextsTable = {
  source_id: string;
  kind: string;
  language: string | null;
  text: string;
  /** JSON: `[{page, start, end}]` for PDFs. */
  pages: string | null;
  created_at: string;
};

/** The tables this module reads besides the core ones, for `db.withTables<DocumentTables>()`. */
export type DocumentTables = {
  document_texts: DocumentTextsTable;
};

/** Where a PDF page's text lies in the document text. */
export interface DocumentPage {
  readonly page: number;
  readonly start: number;
  readonly end: number;
}

const pagesSchema = z.array(
  z.object({
    page: z.number().int().positive(),
    start: z.number().int().nonnegative(),
    end: z.number().int().nonnegative(),
  }),
);

/** A document's text, as stored. */
export interface DocumentText {
  readonly sourceId: SourceId;
  /** `text`, `html` or `pdf`. */
  readonly kind: string;
  readonly language: string | null;
  readonly text: string;
  readonly pages: readonly DocumentPage[];
  readonly createdAt: string;
}

/** A stored document: its source row and its text. */
export interface StoredDocument {
  readonly source: Source;
  readonly text: DocumentText;
}

/**
 * Stores a document's text once: a second call for the same source changes nothing.
 * @param db - the store's Kysely instance
 * @param text - the text and its source id (whose `sources` row must exist)
 * @returns true when the text was inserted, false when it was already there
 */
export async function insertDocumentText(db: Kysely<Database>, text: DocumentText): Promise<boolean> {
  const ddb = db.withTables<DocumentTables>();
  const result = await ddb
    .insertInto('document_texts')
    .values({
      source_id: text.sourceId,
      kind: text.kind,
      language: text.language,
      text: text.text,
      pages: text.pages.length > 0 ? JSON.stringify(text.pages) : null,
      created_at: text.createdAt,
    })
    .onConflict((oc) => oc.column('source_id').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) > 0;
}

function textFromRow(row: DocumentTextsTable): DocumentText {
  return {
    sourceId: sourceId(row.source_id),
    kind: row.kind,
    language: row.language,
    text: row.text,
    pages: row.pages === null ? [] : pagesSchema.parse(JSON.parse(row.pages)),
    createdAt: row.created_at,
  };
}

/**
 * @param db - the store's Kysely instance
 * @param id - a document's source id
 * @returns the document, or undefined when there is none with that id
 */
export async function queryDocument(db: Kysely<Database>, id: SourceId): Promise<StoredDocument | undefined> {
  const ddb = db.withTables<DocumentTables>();
  const source = await ddb
    .selectFrom('sources')
    .selectAll()
    .where('id', '=', id)
    .where('kind', '=', 'document')
    .executeTakeFirst();
  if (!source) return undefined;
  const text = await ddb
    .selectFrom('document_texts')
    .selectAll()
    .where('source_id', '=', id)
    .executeTakeFirst();
  if (!text) return undefined;
  return { source: sourceFromRow(source), text: textFromRow(text) };
}

/**
 * @param db - the store's Kysely instance
 * @param options - filter by dataset; at most `limit` documents
 * @returns documents' sources, most recently retrieved first
 */
export async function queryDocumentSources(
  db: Kysely<Database>,
  options: { dataset?: string | undefined; limit: number },
): Promise<Source[]> {
  let q = db.selectFrom('sources').selectAll().where('kind', '=', 'document');
  if (options.dataset !== undefined) q = q.where('dataset', '=', options.dataset);
  const rows = await q.orderBy('retrieved_at', 'desc').orderBy('id').limit(options.limit).execute();
  return rows.map(sourceFromRow);
}
