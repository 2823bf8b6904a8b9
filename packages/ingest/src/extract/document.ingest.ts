/**
 * `daylight ingest`: documents into the store. Each file is read (text, HTML, PDF), stored once
 * (its source id comes from the dataset and the content hash), and what the extractor proposes is
 * written as `proposed` statements with evidence spans, in one batch per file: a file that fails
 * writes nothing. Proposed entities whose name matches exactly one stored entity of a compatible
 * schema are linked to it.
 */
import { createHash } from 'node:crypto';
import { readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import {
  DaylightError,
  entityId,
  SCHEMA_OF_TYPE,
  commonSchema,
  proposalsFrom,
  sourceId,
  type DatasetId,
  type EntityId,
  type Extractor,
  type ExtractedType,
  type KnownName,
  type Source,
  type SourceId,
} from '@daylight/core';
import type { Store } from '@daylight/store';
import type { DocumentMetadata } from '../documents/document-header.js';
import { readDocument } from '../documents/document.reader.js';
import { extractFromText } from './extract.pipeline.js';

/** Options of an ingest run. */
export interface IngestOptions {
  readonly dataset: DatasetId;
  /** Metadata given on the command line; it wins over what the files say. */
  readonly metadata?: DocumentMetadata;
  readonly extractor?: Extractor;
  /** Recorded as the author of the proposed statements. */
  readonly author?: string;
  readonly nlpHints?: boolean;
  /** ISO time stamp (default: now). */
  readonly now?: string;
}

/** What happened to one file. */
export type IngestResult =
  | {
      readonly file: string;
      readonly status: 'stored' | 'unchanged';
      readonly documentId: SourceId;
      readonly title: string | null;
      readonly entities: number;
      readonly relationships: number;
      readonly statements: number;
      readonly inserted: number;
      readonly linked: number;
    }
  | {
      readonly file: string;
      readonly status: 'error';
      readonly error: { readonly id: string; readonly message: string };
    };

const DOCUMENT_EXTENSIONS = new Set(['.txt', '.text', '.md', '.html', '.htm', '.xhtml', '.pdf']);

/** Stored schemata whose names the extractor recognises, and the type it gives them. */
const KNOWN_TYPES: Readonly<Record<string, ExtractedType>> = {
  Person: 'Person',
  Company: 'Company',
  Organization: 'Organization',
  PublicBody: 'PublicBody',
  LegalEntity: 'Company',
  Asset: 'Product',
};
/** At most this many stored names are matched (the matcher holds them in memory). */
const KNOWN_NAMES_LIMIT = 500_000;

async function loadKnownNames(store: Store): Promise<KnownName[]> {
  const names = await store.knownNames({ schemata: Object.keys(KNOWN_TYPES), limit: KNOWN_NAMES_LIMIT });
  // Very short names ("AB") would match common words; they are left to the capitalisation rules.
  return names
    .filter((n) => n.name.replace(/[^\p{L}\p{N}]/gu, '').length >= 4)
    .map((n) => ({ id: n.entityId, name: n.name, type: KNOWN_TYPES[n.schema] ?? 'Company' }));
}

/**
 * The id of a document source: the same bytes in the same dataset are the same document.
 * @param dataset - the dataset
 * @param contentHash - SHA-256 of the file
 * @returns `doc-` and 24 hex digits
 */
export function documentSourceId(dataset: string, contentHash: string): SourceId {
  return sourceId(
    `doc-${createHash('sha1').update(`${dataset}\u001f${contentHash}`).digest('hex').slice(0, 24)}`,
  );
}

/**
 * Expands directories into the document files they contain (recursively, sorted).
 * @param paths - files and directories
 * @returns files
 */
export async function expandDocumentPaths(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const names = (await readdir(path)).sort();
      const inner = names.filter((n) => !n.startsWith('.')).map((n) => join(path, n));
      for (const child of inner) {
        const childInfo = await stat(child);
        if (childInfo.isDirectory()) out.push(...(await expandDocumentPaths([child])));
        else if (DOCUMENT_EXTENSIONS.has(extname(child).toLowerCase())) out.push(child);
      }
    } else out.push(path);
  }
  return out;
}

/**
 * Ingests document files.
 * @param store - where to write
 * @param paths - files and directories
 * @param options - dataset, metadata, extractor, author
 * @returns one result per file; a failing file is reported and writes nothing
 */
export async function ingestDocuments(
  store: Store,
  paths: readonly string[],
  options: IngestOptions,
): Promise<IngestResult[]> {
  const files = await expandDocumentPaths(paths);
  await store.ensureDataset(options.dataset);
  const knownNames = await loadKnownNames(store);
  const results: IngestResult[] = [];
  for (const file of files) {
    try {
      results.push(await ingestOne(store, file, options, knownNames));
    } catch (error) {
      if (!(error instanceof DaylightError)) throw error;
      results.push({ file, status: 'error', error: { id: error.id, message: error.message } });
    }
  }
  return results;
}

async function ingestOne(
  store: Store,
  file: string,
  options: IngestOptions,
  knownNames: readonly KnownName[],
): Promise<IngestResult> {
  const now = options.now ?? new Date().toISOString();
  const document = await readDocument(file, options.metadata ?? {});
  const id = documentSourceId(options.dataset, document.contentHash);
  const existing = await store.findDocument(id);
  const extraction = await extractFromText(document.text, {
    knownNames,
    ...(options.extractor ? { extractor: options.extractor } : {}),
    ...(options.nlpHints === undefined ? {} : { nlpHints: options.nlpHints }),
  });
  if (existing) {
    return {
      file,
      status: 'unchanged',
      documentId: id,
      title: existing.source.title,
      entities: extraction.entities.length,
      relationships: extraction.relationships.length,
      statements: 0,
      inserted: 0,
      linked: 0,
    };
  }
  // Link proposed entities to stored ones when exactly one stored entity has the name.
  const links = new Map<string, EntityId>();
  for (const entity of extraction.entities) {
    if (entity.knownId !== undefined) {
      links.set(entity.name, entityId(entity.knownId));
      continue;
    }
    if (entity.type === 'Country') continue;
    const hits = await store.findByExactName(entity.name, 3);
    const schema = SCHEMA_OF_TYPE[entity.type];
    const compatible = hits.filter(
      (h) => commonSchema(h.schema, schema) !== undefined && !h.id.startsWith('x-'),
    );
    const only = compatible[0];
    if (only && compatible.length === 1) links.set(entity.name, only.id);
  }
  const source: Source = {
    id,
    kind: 'document',
    dataset: options.dataset,
    title: document.metadata.title ?? null,
    publisher: document.metadata.publisher ?? null,
    url: document.metadata.url ?? null,
    publishedAt: document.metadata.date ?? null,
    retrievedAt: now,
    fileName: basename(file),
    contentHash: document.contentHash,
  };
  const proposals = proposalsFrom(extraction, {
    dataset: options.dataset,
    sourceId: id,
    author: options.author ?? `extractor:${(options.extractor ?? { name: 'rules' }).name}`,
    now,
    text: document.text,
    links,
  });
  const written = await store.writeBatch({ sources: [source], statements: proposals.statements });
  await store.saveDocumentText({
    sourceId: id,
    kind: document.kind,
    language: document.metadata.language ?? null,
    text: document.text,
    pages: document.pages,
    createdAt: now,
  });
  return {
    file,
    status: 'stored',
    documentId: id,
    title: source.title,
    entities: extraction.entities.length,
    relationships: proposals.relationshipIds.length,
    statements: proposals.statements.length,
    inserted: written.inserted,
    linked: links.size,
  };
}
