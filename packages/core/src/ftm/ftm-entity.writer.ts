/**
 * Entities → FtM entity JSON, as other FtM tools read it.
 */
import type { EntityRecord } from './ftm-entity.parser.js';
import type { Entity } from '../entity/entity.types.js';

/** The FtM JSON of an entity, with the usual OpenSanctions top-level fields. */
export interface FtmEntityJson {
  id: string;
  schema: string;
  caption: string;
  properties: Record<string, string[]>;
  datasets: string[];
  first_seen: string;
  last_seen: string;
  [key: string]: unknown;
}

/** Keys Daylight computes itself; the same keys in a source's record are not copied over. */
const COMPUTED = new Set(['id', 'schema', 'caption', 'properties', 'datasets', 'first_seen', 'last_seen']);

/**
 * Writes an entity as FtM JSON. Entity-level fields the sources gave (referents, target …) are
 * carried over from its records; list values from several records are merged.
 * @param entity - the entity
 * @param records - its records, from the store
 * @returns a plain object ready for JSON.stringify
 */
export function toFtmJson(entity: Entity, records: readonly EntityRecord[] = []): FtmEntityJson {
  const out: FtmEntityJson = {
    id: entity.id,
    schema: entity.schema,
    caption: entity.caption,
    properties: entity.properties,
    datasets: entity.datasets,
    first_seen: entity.firstSeen,
    last_seen: entity.lastSeen,
  };
  for (const record of records) {
    for (const [key, value] of Object.entries(record.meta)) {
      if (COMPUTED.has(key)) continue;
      const before = out[key];
      if (Array.isArray(before) && Array.isArray(value)) {
        out[key] = [...new Set([...(before as unknown[]), ...(value as unknown[])])];
      } else if (before === undefined) out[key] = value;
    }
  }
  return out;
}
