/**
 * @daylight/store: the Store port and its SQLite and PostgreSQL implementations.
 */
export * from './store.js';
export { openStore, StoreUnavailableError, type StoreOptions } from './open-store.js';
export { SqliteStore, migrateSqlite } from './sqlite/sqlite-store.js';
export { PostgresStore, migratePostgres } from './postgres/postgres-store.js';
export { MIGRATIONS, type Migration } from './migrations/index.js';
export { STATEMENT_COLUMNS, statementValues } from './rows.js';
export * from './edges/edge-analysis.service.js';
export { backfillSqliteEdges, backfillPostgresEdges } from './edges/edge.writers.js';
export { matchableSchemata, type MatchHit, type MatchOptions } from './matching/match.queries.js';
export { findDuplicatePairs, findDuplicatesOf, type DuplicatePair } from './matching/duplicates.service.js';
export type { DocumentPage, DocumentText, StoredDocument } from './documents/document.queries.js';
export type { CandidateSummary, StoredName } from './documents/review.queries.js';
export * from './documents/review.service.js';
