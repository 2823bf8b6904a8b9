/**
 * Entities as Daylight shows them: derived from accepted, current statements.
 */
import type { DatasetId, EntityId } from '../ids.js';
import type { Statement } from '../statement/statement.types.js';

/** Property values of an entity, in the order they were first stated. */
export type Properties = Record<string, string[]>;

/** An entity built from its statements. */
export interface Entity {
  readonly id: EntityId;
  readonly schema: string;
  /** A human label, from the schema's caption properties (the name, for most). */
  readonly caption: string;
  readonly properties: Properties;
  readonly datasets: DatasetId[];
  /** Earliest first_seen of its statements. */
  readonly firstSeen: string;
  /** Latest last_seen of its statements. */
  readonly lastSeen: string;
}

/** An entity with the statements behind every value. */
export interface EntityWithStatements extends Entity {
  readonly statements: Statement[];
}

/** The few fields lists and search results need. */
export interface EntitySummary {
  readonly id: EntityId;
  readonly schema: string;
  readonly caption: string;
}
