/**
 * A versioned schema migration, with the SQL for each dialect. Migrations are never edited once
 * released; a change is a new migration.
 */
export interface Migration {
  /** Increasing integer; applied in order. */
  readonly version: number;
  /** Short description, kept in the `schema_migrations` table. */
  readonly name: string;
  /** SQL for SQLite (several statements allowed). */
  readonly sqlite: string;
  /** SQL for PostgreSQL (several statements allowed). */
  readonly postgres: string;
}
