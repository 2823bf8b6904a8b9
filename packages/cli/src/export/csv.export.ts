/**
 * CSV exports: one CSV per schema, zipped (`--format csv`), and the statement table in the
 * OpenSanctions statement layout (`--format ftm --statements`).
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync, type WriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Zip, ZipDeflate } from 'fflate';
import { getSchema, propertiesOf } from '@daylight/core';
import type { Store } from '@daylight/store';
import { scopedEntities, type ExportScope } from './entity-scope.js';
import { writeTo, type Output } from './output.js';

/**
 * One CSV field, quoted when needed (RFC 4180).
 * @param value - the text
 * @returns the field
 */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

const row = (values: readonly string[]): string => `${values.map(csvField).join(',')}\n`;

/** Columns of the statement CSV, as OpenSanctions publishes it. */
export const STATEMENT_CSV_COLUMNS = [
  'id',
  'entity_id',
  'canonical_id',
  'prop',
  'prop_type',
  'schema',
  'value',
  'dataset',
  'lang',
  'original_value',
  'external',
  'first_seen',
  'last_seen',
] as const;

/**
 * Writes the current statements of the scope's entities.
 * @param store - the store
 * @param out - where to
 * @param scope - which entities (and dataset: only its statements)
 * @returns how many statements
 */
export async function exportStatementsCsv(store: Store, out: Output, scope: ExportScope): Promise<number> {
  await out.write(row(STATEMENT_CSV_COLUMNS));
  let count = 0;
  for await (const entity of scopedEntities(store, scope)) {
    for (const s of await store.getStatements(entity.id)) {
      if (scope.dataset !== undefined && s.dataset !== scope.dataset) continue;
      await out.write(
        row([
          s.id,
          s.entityId,
          entity.id,
          s.prop,
          s.propType,
          s.schema,
          s.value,
          s.dataset,
          '',
          '',
          'false',
          s.firstSeen,
          s.lastSeen,
        ]),
      );
      count++;
    }
  }
  return count;
}

/**
 * Writes a zip with one CSV per schema: id, caption, datasets, first/last seen, then every
 * property of the schema (several values joined with ";").
 * @param store - the store
 * @param out - where to
 * @param scope - which entities
 * @returns rows per schema
 */
export async function exportCsvZip(
  store: Store,
  out: Output,
  scope: ExportScope,
): Promise<Record<string, number>> {
  const dir = mkdtempSync(join(tmpdir(), 'daylight-csv-'));
  try {
    const files = new Map<string, { stream: WriteStream; columns: string[]; rows: number }>();
    for await (const entity of scopedEntities(store, scope)) {
      let file = files.get(entity.schema);
      if (!file) {
        const columns = [...propertiesOf(getSchema(entity.schema)).keys()].sort();
        file = { stream: createWriteStream(join(dir, `${entity.schema}.csv`)), columns, rows: 0 };
        files.set(entity.schema, file);
        await writeTo(file.stream, row(['id', 'caption', 'datasets', 'first_seen', 'last_seen', ...columns]));
      }
      const values = file.columns.map((c) => (entity.properties[c] ?? []).join(';'));
      await writeTo(
        file.stream,
        row([
          entity.id,
          entity.caption,
          entity.datasets.join(';'),
          entity.firstSeen,
          entity.lastSeen,
          ...values,
        ]),
      );
      file.rows++;
    }
    for (const file of files.values()) {
      file.stream.end();
      await once(file.stream, 'finish');
    }
    // Zip the files one after the other, streamed.
    const pending: Uint8Array[] = [];
    let done = false;
    let failure: Error | undefined;
    const zip = new Zip((error, data, final) => {
      if (error) failure = error;
      else pending.push(data);
      if (final) done = true;
    });
    const drain = async (): Promise<void> => {
      if (failure) throw failure;
      while (pending.length > 0) {
        const chunk = pending.shift();
        if (chunk) await out.write(chunk);
      }
    };
    for (const schema of [...files.keys()].sort()) {
      const entry = new ZipDeflate(`${schema}.csv`, { level: 6 });
      zip.add(entry);
      for await (const chunk of createReadStream(join(dir, `${schema}.csv`))) {
        entry.push(chunk as Uint8Array);
        await drain();
      }
      entry.push(new Uint8Array(0), true);
      await drain();
    }
    zip.end();
    await drain();
    if (!done) throw new Error('the zip file was not completed');
    return Object.fromEntries([...files].map(([schema, f]) => [schema, f.rows]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
