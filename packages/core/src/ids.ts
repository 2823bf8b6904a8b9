/**
 * Branded identifiers. A brand is a compile-time tag: an `EntityId` cannot be passed where a
 * `DatasetId` is expected, although both are strings at run time.
 */
declare const brand: unique symbol;

/** A value of type `T` tagged with the brand `B`. */
export type Brand<T, B extends string> = T & { readonly [brand]: B };

/** The stable id of an entity (FtM entity id). */
export type EntityId = Brand<string, 'EntityId'>;
/** The id of one statement: a hash of what makes it unique. */
export type StatementId = Brand<string, 'StatementId'>;
/** The name of a dataset, e.g. `zala` or `default`. */
export type DatasetId = Brand<string, 'DatasetId'>;
/** The id of a source: a document or an import record. */
export type SourceId = Brand<string, 'SourceId'>;
/** A document is a source with text; it shares the source id space. */
export type DocumentId = SourceId;

/**
 * Tags a string as an entity id.
 * @param value - the raw id
 * @returns the same string, branded
 */
export const entityId = (value: string): EntityId => value as EntityId;
/**
 * Tags a string as a statement id.
 * @param value - the raw id
 * @returns the same string, branded
 */
export const statementId = (value: string): StatementId => value as StatementId;
/**
 * Tags a string as a dataset name.
 * @param value - the raw name
 * @returns the same string, branded
 */
export const datasetId = (value: string): DatasetId => value as DatasetId;
/**
 * Tags a string as a source id.
 * @param value - the raw id
 * @returns the same string, branded
 */
export const sourceId = (value: string): SourceId => value as SourceId;

/** Dataset names: lower-case letters, digits, `_` and `-`, starting with a letter or digit. */
export const DATASET_NAME_PATTERN = /^[a-z0-9][a-z0-9_-]{0,63}$/;
