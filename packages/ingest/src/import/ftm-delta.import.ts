/**
 * Import of OpenSanctions FtM delta files: one `{"op": "ADD"|"MOD"|"DEL", "entity": {…}}` per
 * line. ADD and MOD state the entity's whole current version in the dataset (statements the new
 * version no longer has are retracted); DEL retracts every statement of the entity in the
 * dataset. Retracted statements stay in the store as history.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { z } from 'zod';
import { entityId, parseFtmEntity, type ParseContext } from '@daylight/core';
import type { Store } from '@daylight/store';
import {
  fileSource,
  runImport,
  writeFileItems,
  type BaseImportOptions,
  type ItemResult,
} from './import.runner.js';
import type { ImportSummary } from './import.types.js';
import { scanJsonLines } from './json-lines.scan.js';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');

const deltaLine = z.object({
  op: z.enum(['ADD', 'MOD', 'DEL']),
  entity: z.object({ id: z.string().min(1).max(1024) }).loose(),
});

/**
 * Applies FtM delta files to a store, in the order given (name them in time order), one
 * transaction per file.
 * @param store - where to write
 * @param files - delta JSON-lines files
 * @param options - dataset, author, progress
 * @returns what was written and retracted, and every problem found
 * @throws ImportSetupError when a file cannot be read or the dataset name is invalid
 */
export async function importFtmDeltaFiles(
  store: Store,
  files: readonly string[],
  options: BaseImportOptions,
): Promise<ImportSummary> {
  return runImport(files, options, async (file, report) => {
    const now = new Date().toISOString();
    const source = fileSource(file, options.dataset, now);
    const ctx: ParseContext = {
      dataset: options.dataset,
      sourceId: source.id,
      author: options.author,
      now,
      hash: sha1,
    };
    const parse = (raw: unknown, line: number): ItemResult => {
      const parsed = deltaLine.safeParse(raw);
      if (!parsed.success) {
        return {
          kind: 'error',
          errors: parsed.error.issues.map((issue) => {
            const field = issue.path.map(String).join('.') || '(line)';
            return { file, line, field, message: `line ${line}, field ${field}: ${issue.message}` };
          }),
        };
      }
      const replace = [{ entityId: entityId(parsed.data.entity.id), dataset: options.dataset }];
      if (parsed.data.op === 'DEL')
        return { kind: 'ok', value: { line, statements: [], records: [], replace } };
      const entity = parseFtmEntity(withoutEmptyValues(parsed.data.entity), ctx);
      if (!entity.ok) {
        return {
          kind: 'error',
          errors: entity.problems.map((p) => ({
            file,
            line,
            field: `entity.${p.field}`,
            message: `line ${line}, field entity.${p.field}: ${p.message}`,
          })),
        };
      }
      return { kind: 'ok', value: { line, statements: entity.statements, records: entity.records, replace } };
    };
    const items = scanJsonLines(file, statSync(file).size, parse, options.onProgress);
    return writeFileItems(store, file, [source], items, options, report);
  });
}

/**
 * Published delta files carry empty strings where a value was blanked (`"name": [""]`); an empty
 * string states nothing, so it is left out instead of failing the file.
 */
function withoutEmptyValues(entity: Record<string, unknown>): Record<string, unknown> {
  const properties = entity.properties;
  if (typeof properties !== 'object' || properties === null || Array.isArray(properties)) return entity;
  const cleaned: Record<string, unknown> = {};
  for (const [prop, values] of Object.entries(properties)) {
    cleaned[prop] = Array.isArray(values)
      ? values.filter((v) => !(typeof v === 'string' && v.trim() === ''))
      : values;
  }
  return { ...entity, properties: cleaned };
}
