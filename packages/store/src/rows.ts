/**
 * Row ↔ domain conversions shared by both stores.
 */
import type { Selectable } from 'kysely';
import {
  datasetId,
  entityId,
  sourceId,
  statementId,
  type Entity,
  type Source,
  type Statement,
} from '@daylight/core';
import { z } from 'zod';
import type { EntitiesTable, SourcesTable, StatementsTable } from './database.types.js';

const originSchema = z.enum(['import', 'extract', 'manual']);
const statusSchema = z.enum(['proposed', 'accepted', 'rejected']);
const kindSchema = z.enum(['document', 'import']);
const datasetsSchema = z.array(z.string());

/**
 * @param row - a `statements` row
 * @returns the statement
 */
export function statementFromRow(row: Selectable<StatementsTable>): Statement {
  return {
    id: statementId(row.id),
    entityId: entityId(row.entity_id),
    schema: row.schema,
    prop: row.prop,
    propType: row.prop_type,
    value: row.value,
    dataset: datasetId(row.dataset),
    sourceId: row.source_id === null ? null : sourceId(row.source_id),
    evidence:
      row.evidence_start === null || row.evidence_end === null
        ? null
        : {
            start: Number(row.evidence_start),
            end: Number(row.evidence_end),
            quote: row.evidence_quote ?? '',
          },
    origin: originSchema.parse(row.origin),
    status: statusSchema.parse(row.status),
    author: row.author,
    confidence: row.confidence === null ? null : Number(row.confidence),
    firstSeen: row.first_seen,
    lastSeen: row.last_seen,
    retractedAt: row.retracted_at,
  };
}

/** The columns of `statements` in insertion order (without `seq`). */
export const STATEMENT_COLUMNS = [
  'id',
  'entity_id',
  'schema',
  'prop',
  'prop_type',
  'value',
  'dataset',
  'source_id',
  'evidence_start',
  'evidence_end',
  'evidence_quote',
  'origin',
  'status',
  'author',
  'confidence',
  'first_seen',
  'last_seen',
  'retracted_at',
] as const;

/**
 * @param s - a statement
 * @returns its column values, in the order of STATEMENT_COLUMNS
 */
export function statementValues(s: Statement): Array<string | number | null> {
  return [
    s.id,
    s.entityId,
    s.schema,
    s.prop,
    s.propType,
    s.value,
    s.dataset,
    s.sourceId,
    s.evidence?.start ?? null,
    s.evidence?.end ?? null,
    s.evidence?.quote ?? null,
    s.origin,
    s.status,
    s.author,
    s.confidence,
    s.firstSeen,
    s.lastSeen,
    s.retractedAt,
  ];
}

/**
 * @param row - a `sources` row
 * @returns the source
 */
export function sourceFromRow(row: Selectable<SourcesTable>): Source {
  return {
    id: sourceId(row.id),
    kind: kindSchema.parse(row.kind),
    dataset: datasetId(row.dataset),
    title: row.title,
    publisher: row.publisher,
    url: row.url,
    publishedAt: row.published_at,
    retrievedAt: row.retrieved_at,
    fileName: row.file_name,
    contentHash: row.content_hash,
  };
}

/**
 * @param row - an `entities` row
 * @returns the datasets it lists
 */
export function datasetsFromRow(row: Pick<Selectable<EntitiesTable>, 'datasets'>): string[] {
  return datasetsSchema.parse(JSON.parse(row.datasets));
}

/**
 * @param entity - a built entity
 * @returns its `entities` row
 */
export function entityRow(entity: Entity): Selectable<EntitiesTable> {
  return {
    id: entity.id,
    schema: entity.schema,
    caption: entity.caption,
    datasets: JSON.stringify(entity.datasets),
    first_seen: entity.firstSeen,
    last_seen: entity.lastSeen,
  };
}
