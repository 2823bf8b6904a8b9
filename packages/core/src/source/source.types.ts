/**
 * Sources: where statements come from. A document (article, report, filing) or an import record
 * (a file of structured data, imported on a date).
 */
import type { DatasetId, SourceId } from '../ids.js';
import { sourceId } from '../ids.js';
import { sha1Hex } from '../util/sha1.js';

/** What kind of source it is. */
export type SourceKind = 'document' | 'import';

/** A source with its citation metadata. */
export interface Source {
  readonly id: SourceId;
  readonly kind: SourceKind;
  readonly dataset: DatasetId;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly url: string | null;
  /** When the source was published (ISO date), if known. */
  readonly publishedAt: string | null;
  /** When Daylight read it (ISO time stamp). */
  readonly retrievedAt: string | null;
  /** The file it was read from, as the user named it (base name only). */
  readonly fileName: string | null;
  /** SHA-1 of the content, when known; the same document twice is stored once. */
  readonly contentHash: string | null;
}

/**
 * The id of an import source: the same file name imported into the same dataset is the same
 * source, so importing a file twice does not add statements.
 * @param dataset - the dataset imported into
 * @param fileName - the base name of the file
 * @returns a stable source id
 */
export function importSourceId(dataset: string, fileName: string): SourceId {
  return sourceId(`import-${sha1Hex(`${dataset}\u001f${fileName}`).slice(0, 20)}`);
}
