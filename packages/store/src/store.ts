/**
 * The Store port: everything Daylight keeps, behind one interface with two real implementations
 * (SQLite for the embedded default, PostgreSQL for a team server).
 */
import type { DocumentText, StoredDocument } from './documents/document.queries.js';
import type { CandidateSummary, StoredName } from './documents/review.queries.js';
import type {
  DatasetId,
  Entity,
  EntityId,
  EntityRecord,
  EntitySummary,
  Source,
  SourceId,
  Statement,
} from '@daylight/core';
import type { SearchHit } from '@daylight/core/api';
import type { EdgeRecord } from '@daylight/core';
import type { EdgeQuery } from './edges/edge.queries.js';
import type { MatchHit, MatchOptions } from './matching/match.queries.js';
import type { MatchSubject } from '@daylight/core';

export type { EdgeQuery } from './edges/edge.queries.js';

/** Who may see a dataset. */
export type Visibility = 'public' | 'internal' | 'private';

/** A dataset and how much it holds. */
export interface DatasetInfo {
  readonly name: DatasetId;
  readonly title: string | null;
  readonly visibility: Visibility;
  readonly createdAt: string;
  readonly entities: number;
  readonly statements: number;
}

/** What one atomic write contains. */
export interface WriteBatch {
  /** Sources the statements cite; stored (or left as they are) before the statements. */
  readonly sources?: readonly Source[];
  readonly statements: readonly Statement[];
  /** Entity-level metadata from the source (caption, referents …), kept so nothing is lost. */
  readonly records?: readonly EntityRecord[];
  /**
   * Entities whose statements in a dataset this batch replaces: their current statements in that
   * dataset that are not in the batch are retracted (kept as history, `retractedAt` set), and
   * retracted statements the batch states again become current. An entry with no statements in
   * the batch retracts the entity from the dataset (an FtM delta's DEL).
   */
  readonly replace?: readonly EntityScope[];
}

/** One entity in one dataset. */
export interface EntityScope {
  readonly entityId: EntityId;
  readonly dataset: DatasetId;
}

/** What a write changed. */
export interface WriteResult {
  /** Statements that were not in the store before. */
  readonly inserted: number;
  /** Statements already in the store (their last_seen moved forward). */
  readonly existing: number;
  /** Statements retracted by the batch's `replace` entries (0 when it has none). */
  readonly retracted?: number;
  /** Entities whose derived row was rebuilt. */
  readonly entities: number;
}

/** Search options. */
export interface SearchOptions {
  /** Only entities of this schema or one of its descendants. */
  readonly schema?: string | undefined;
  readonly limit: number;
}

/** A store's size. */
export interface StoreCounts {
  readonly entities: number;
  readonly statements: number;
  readonly sources: number;
  readonly datasets: number;
}

/** Options for reading statements. */
export interface StatementQuery {
  /** Include proposed, rejected and retracted statements too (default: current ones only). */
  readonly all?: boolean;
}

/**
 * Everything Daylight keeps. Methods named `find…` return `undefined` when nothing is found;
 * methods named `get…` throw.
 */
export interface Store {
  /** `sqlite` or `postgres`. */
  readonly dialect: 'sqlite' | 'postgres';
  /** A human description of where the data lives (file path or database name). */
  readonly location: string;

  /** Releases connections and file handles. */
  close(): Promise<void>;

  /**
   * Creates a dataset if it does not exist yet.
   * @param name - the dataset name
   * @param options - title and visibility for a new dataset
   */
  ensureDataset(name: DatasetId, options?: { title?: string; visibility?: Visibility }): Promise<void>;
  /** @returns every dataset with its counts, by name */
  listDatasets(): Promise<DatasetInfo[]>;

  /**
   * Writes sources, statements and records in one transaction: all of it or none of it.
   * Statements already stored (same id) keep their status and get the later last_seen.
   * @param batch - what to write
   * @returns counts of what changed
   * @throws SchemaConflictError when an entity would get two incompatible schemata (nothing is written)
   */
  writeBatch(batch: WriteBatch): Promise<WriteResult>;

  /**
   * Writes several batches as one transaction: all of them or none. `work` calls `write` for
   * each batch (in order, awaiting each); if `work` throws, everything it wrote is rolled back.
   * Derived indexes may be brought up to date once, at the end, which makes large imports faster.
   * @param work - writes the batches
   * @returns what `work` returns
   * @throws what `work` throws, after rolling back
   */
  writeBatches<T>(work: (write: (batch: WriteBatch) => Promise<WriteResult>) => Promise<T>): Promise<T>;

  /**
   * Retracts the current statements of entities in a dataset, in one transaction: they are kept
   * as history (`retractedAt` set) and no longer make up the entities.
   * @param scopes - which entities in which datasets
   * @returns how many statements were retracted
   */
  retractStatements(scopes: readonly EntityScope[]): Promise<number>;

  /**
   * @param id - an entity id
   * @returns the entity built from its current statements, or undefined
   */
  findEntity(id: EntityId): Promise<Entity | undefined>;
  /**
   * @param id - an entity id
   * @returns the entity
   * @throws EntityNotFoundError when there is none
   */
  getEntity(id: EntityId): Promise<Entity>;
  /**
   * @param ids - entity ids
   * @returns summaries of those that exist, keyed by id
   */
  getSummaries(ids: readonly EntityId[]): Promise<Map<EntityId, EntitySummary>>;
  /**
   * @param id - an entity id
   * @param query - which statements
   * @returns the entity's statements in the order they were stored
   */
  getStatements(id: EntityId, query?: StatementQuery): Promise<Statement[]>;
  /**
   * @param id - an entity id
   * @returns entities whose entity-typed properties point at it, with the property
   */
  findReferencing(id: EntityId, limit: number): Promise<Array<EntitySummary & { prop: string }>>;
  /**
   * @param id - an entity id
   * @returns the entity-level records its sources gave
   */
  getRecords(id: EntityId): Promise<EntityRecord[]>;
  /**
   * @param ids - source ids
   * @returns those that exist, keyed by id
   */
  getSources(ids: readonly SourceId[]): Promise<Map<SourceId, Source>>;

  /**
   * Streams entities, built from their current statements, in id order.
   * @param options - only statements of this dataset, when given
   */
  iterateEntities(options?: { dataset?: DatasetId }): AsyncIterable<Entity>;

  /**
   * Full-text search over entity names: diacritics and case folded, tokens matched as prefixes,
   * with a substring fallback for partial names.
   * @param query - what the user typed
   * @param options - schema filter and limit
   * @returns hits, best first
   */
  search(query: string, options: SearchOptions): Promise<SearchHit[]>;
  /**
   * Ranks entities against a query by example (yente's `/match`): candidates from the blocking
   * index (name tokens, phonetic codes, identifiers; no scan), each scored by core's comparison.
   * @param query - schema and properties of what is looked for
   * @param options - limit, threshold, dataset, excluded ids
   * @returns the best candidates, best first, with score, decision and explanation
   */
  match(query: MatchSubject, options: MatchOptions): Promise<MatchHit[]>;
  /**
   * @param name - a name, folded before comparing
   * @param limit - at most this many
   * @returns entities one of whose names equals it after folding
   */
  findByExactName(name: string, limit: number): Promise<EntitySummary[]>;

  /** @returns how much the store holds */
  counts(): Promise<StoreCounts>;

  /**
   * Links of the edge index (relationship entities: Ownership, Directorship …) touching any of
   * `ids`, batched (one query per chunk of ids) for level-by-level graph walks.
   * @param ids - entity ids
   * @param query - direction (`in`: the ids are targets, `out`: sources, `both`) and schemata
   * @returns each link once
   */
  findEdges(ids: readonly EntityId[], query: EdgeQuery): Promise<EdgeRecord[]>;

  /**
   * Stores a document's text (its `sources` row must exist, e.g. written by `writeBatch`). The
   * same document twice is stored once.
   * @param text - the text, kind, language and pages of a document source
   * @returns true when it was new
   */
  saveDocumentText(text: DocumentText): Promise<boolean>;

  /**
   * @param id - a document's source id
   * @returns the document (source row and text), or undefined
   */
  findDocument(id: SourceId): Promise<StoredDocument | undefined>;

  /**
   * @param options - optional dataset; at most `limit`
   * @returns document sources, most recently read first
   */
  listDocuments(options: { dataset?: string | undefined; limit: number }): Promise<Source[]>;

  /**
   * Candidates awaiting review: entities with current `proposed` statements.
   * @param options - dataset, minimum confidence, limit
   * @returns most confident first
   */
  listCandidates(options: {
    dataset?: string | undefined;
    minConfidence?: number | undefined;
    limit: number;
  }): Promise<CandidateSummary[]>;

  /**
   * @param mention - a candidate's name statement: value, source, evidence start
   * @returns the entity it was accepted into, or undefined
   */
  findAcceptedEntity(mention: {
    value: string;
    sourceId: SourceId;
    start: number;
  }): Promise<EntityId | undefined>;

  /**
   * Names of stored entities, for recognising them in documents.
   * @param options - schemata to include and at most how many names
   * @returns names with entity id and schema
   */
  knownNames(options: { schemata: readonly string[]; limit: number }): Promise<StoredName[]>;
}
