/**
 * Base class of every error Daylight raises on purpose. `id` is stable and machine-readable
 * (clients and tests match on it); `message` says what was wrong and what to do.
 */
export class DaylightError extends Error {
  /** Stable machine id, e.g. `entity_not_found`. */
  readonly id: string;
  /** Whether the user (input, arguments) caused it, as opposed to a bug or an outage. */
  readonly userError: boolean;

  /**
   * @param id - stable machine id
   * @param message - a helpful, complete sentence
   * @param userError - true when bad input caused it
   */
  constructor(id: string, message: string, userError = true) {
    super(message);
    this.name = new.target.name;
    this.id = id;
    this.userError = userError;
  }
}

/** No entity has this id. */
export class EntityNotFoundError extends DaylightError {
  /** @param entityId - the id that was looked up */
  constructor(readonly entityId: string) {
    super('entity_not_found', `No entity with id "${entityId}" exists in this store.`);
  }
}

/** A name given where an entity was expected matched several entities. */
export class AmbiguousEntityError extends DaylightError {
  /**
   * @param query - what the user typed
   * @param candidates - the entities it could mean
   */
  constructor(
    readonly query: string,
    readonly candidates: ReadonlyArray<{ id: string; caption: string; schema: string }>,
  ) {
    super(
      'entity_ambiguous',
      `"${query}" matches ${candidates.length} entities; use one of these ids:\n` +
        candidates.map((c) => `  ${c.id}  ${c.schema}  ${c.caption}`).join('\n'),
    );
  }
}

/** An input record broke the model: unknown schema, unknown property, bad value. */
export class ValidationError extends DaylightError {
  /**
   * @param message - what was wrong
   * @param field - the field (JSON path or property name) at fault, when known
   */
  constructor(
    message: string,
    readonly field?: string,
  ) {
    super('invalid_input', message);
  }
}
