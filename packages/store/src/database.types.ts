/**
 * Table types for Kysely: the columns as both databases hold them.
 */
import type { Generated } from 'kysely';

/** `datasets` */
export interface DatasetsTable {
  name: string;
  title: string | null;
  visibility: string;
  created_at: string;
}

/** `sources` */
export interface SourcesTable {
  id: string;
  kind: string;
  dataset: string;
  title: string | null;
  publisher: string | null;
  url: string | null;
  published_at: string | null;
  retrieved_at: string | null;
  file_name: string | null;
  content_hash: string | null;
}

/** `statements` */
export interface StatementsTable {
  seq: Generated<number>;
  id: string;
  entity_id: string;
  schema: string;
  prop: string;
  prop_type: string;
  value: string;
  dataset: string;
  source_id: string | null;
  evidence_start: number | null;
  evidence_end: number | null;
  evidence_quote: string | null;
  origin: string;
  status: string;
  author: string;
  confidence: number | null;
  first_seen: string;
  last_seen: string;
  retracted_at: string | null;
}

/** `entity_records` */
export interface EntityRecordsTable {
  entity_id: string;
  dataset: string;
  meta: string;
}

/** `entities`: derived from current statements. */
export interface EntitiesTable {
  id: string;
  schema: string;
  caption: string;
  datasets: string;
  first_seen: string;
  last_seen: string;
}

/** `names`: derived; every name-typed value of every entity, with its folded form. */
export interface NamesTable {
  id: Generated<number>;
  entity_id: string;
  name: string;
  norm: string;
}

/** `schema_migrations` */
export interface SchemaMigrationsTable {
  version: number;
  name: string;
  applied_at: string;
}

/** The whole database. */
export interface Database {
  datasets: DatasetsTable;
  sources: SourcesTable;
  statements: StatementsTable;
  entity_records: EntityRecordsTable;
  entities: EntitiesTable;
  names: NamesTable;
  schema_migrations: SchemaMigrationsTable;
}
