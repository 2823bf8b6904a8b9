/**
 * Import of Beneficial Ownership Data Standard files (0.2, 0.3, 0.4; a JSON array or JSON lines),
 * streamed element by element, one transaction per file. See `mapBodsStatement` in core for how
 * statements become entities. Each distinct BODS `source` becomes a Daylight source; replaced
 * statements (`replacesStatements`, `recordStatus: updated`) are retracted before the new ones
 * are written.
 */
import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { basename } from 'node:path';
import {
  entityId,
  importSourceId,
  mapBodsStatement,
  parseFtmEntity,
  type EntityRecord,
  type ParseContext,
  type Source,
  type Statement,
} from '@daylight/core';
import type { EntityScope, Store } from '@daylight/store';
import {
  fileSource,
  runImport,
  writeFileItems,
  type BaseImportOptions,
  type ItemResult,
} from './import.runner.js';
import type { ImportError, ImportSummary } from './import.types.js';
import { JsonShapeError, readJsonElements } from './json-array.scan.js';

const sha1 = (text: string): string => createHash('sha1').update(text).digest('hex');
const PROGRESS_EVERY = 500;
/** Interests per relationship whose entities a replacement retracts (ids `<record>-<n>`). */
const INTERESTS_RETRACTED = 16;

/**
 * Imports BODS files, one transaction each.
 * @param store - where to write
 * @param files - BODS JSON (array) or JSON-lines files
 * @param options - dataset, author, progress
 * @returns what was written and every problem (file, line, JSON path)
 * @throws ImportSetupError when a file cannot be read or the dataset name is invalid
 */
export async function importBodsFiles(
  store: Store,
  files: readonly string[],
  options: BaseImportOptions,
): Promise<ImportSummary> {
  return runImport(files, options, async (file, report) => {
    const now = new Date().toISOString();
    const fileSrc = fileSource(file, options.dataset, now);
    const sources = new Map<string, Source>([[fileSrc.id, fileSrc]]);
    const totalBytes = statSync(file).size;
    const items = async function* (): AsyncGenerator<ItemResult, string | undefined> {
      const reader = readJsonElements(file);
      try {
        for await (const element of reader) {
          if (element.index % PROGRESS_EVERY === 0) {
            options.onProgress?.({ file, bytesRead: reader.bytesRead, totalBytes, lines: element.line });
          }
          yield parseElement(element.text, element.index, element.line);
        }
      } catch (error) {
        if (!(error instanceof JsonShapeError)) throw error;
        yield { kind: 'error', errors: [{ file, line: error.line, message: error.message }] };
      }
      options.onProgress?.({ file, bytesRead: totalBytes, totalBytes, lines: -1 });
      return undefined;
    };
    const parseElement = (text: string, index: number, line: number): ItemResult => {
      const fail = (field: string, message: string): ImportError => ({
        file,
        line,
        field: `[${index}].${field}`,
        message: `line ${line}, statement [${index}], field ${field}: ${message}`,
      });
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        return { kind: 'error', errors: [fail('(statement)', `invalid JSON (${(error as Error).message})`)] };
      }
      const mapped = mapBodsStatement(raw);
      if (!mapped.ok) return { kind: 'error', errors: mapped.problems.map((p) => fail(p.field, p.message)) };
      const { entities, replaces, source, recordId } = mapped.value;
      let sourceId = fileSrc.id;
      if (source !== undefined) {
        sourceId = importSourceId(options.dataset, `${basename(file)}#${sha1(source.key)}`);
        if (!sources.has(sourceId)) {
          sources.set(sourceId, {
            id: sourceId,
            kind: 'import',
            dataset: options.dataset,
            title: source.title ?? basename(file),
            publisher: source.publisher,
            url: source.url,
            publishedAt: source.publishedAt,
            retrievedAt: source.retrievedAt ?? now,
            fileName: basename(file),
            contentHash: null,
          });
        }
      }
      const ctx: ParseContext = {
        dataset: options.dataset,
        sourceId,
        author: options.author,
        now,
        hash: sha1,
      };
      const statements: Statement[] = [];
      const records: EntityRecord[] = [];
      const errors: ImportError[] = [];
      for (const entity of entities) {
        const parsed = parseFtmEntity(entity, ctx);
        if (parsed.ok) {
          statements.push(...parsed.statements);
          records.push(...parsed.records);
        } else
          errors.push(
            ...parsed.problems.map((p) => fail(`(${entity.schema} ${entity.id}).${p.field}`, p.message)),
          );
      }
      if (errors.length > 0) return { kind: 'error', errors };
      const status = (raw as { recordStatus?: unknown }).recordStatus;
      const replaced = [...replaces];
      if (status === 'updated' || status === 'closed') replaced.push(recordId);
      const replace: EntityScope[] = replaced.flatMap((old) => [
        { entityId: entityId(old), dataset: options.dataset },
        ...Array.from({ length: INTERESTS_RETRACTED }, (_v, n) => ({
          entityId: entityId(`${old}-${n}`),
          dataset: options.dataset,
        })),
      ]);
      return { kind: 'ok', value: { line, statements, records, ...(replace.length > 0 ? { replace } : {}) } };
    };
    // Sources are known once the file has been read: the writer stores them with the last write.
    return writeFileItems(store, file, () => [...sources.values()], items(), options, report);
  });
}
