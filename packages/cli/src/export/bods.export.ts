/**
 * BODS 0.4 export: a JSON array of statements, written as it goes. Relationships come after the
 * entities and people they name: they wait in a temporary file.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { toBodsStatement } from '@daylight/core';
import type { Store } from '@daylight/store';
import { scopedEntities, type ExportScope } from './entity-scope.js';
import { writeTo, type Output } from './output.js';

/**
 * Writes the scope's people, legal entities and relationships as BODS 0.4 statements.
 * @param store - the store
 * @param out - where to
 * @param scope - which entities
 * @returns statements written, and entities BODS has no place for
 */
export async function exportBods(
  store: Store,
  out: Output,
  scope: ExportScope,
): Promise<{ statements: number; skipped: number }> {
  const publication = {
    publicationDate: new Date().toISOString().slice(0, 10),
    publisherName: 'Daylight export',
  };
  let statements = 0;
  let skipped = 0;
  const dir = mkdtempSync(join(tmpdir(), 'daylight-bods-'));
  try {
    const later = join(dir, 'relationships.jsonl');
    const relationships = createWriteStream(later);
    await out.write('[');
    for await (const entity of scopedEntities(store, scope)) {
      const statement = toBodsStatement(entity, publication);
      if (statement === undefined) {
        skipped++;
        continue;
      }
      const text = JSON.stringify(statement);
      if (statement.recordType === 'relationship') await writeTo(relationships, `${text}\n`);
      else {
        await out.write(`${statements === 0 ? '\n' : ',\n'}${text}`);
        statements++;
      }
    }
    relationships.end();
    await once(relationships, 'finish');
    for await (const text of createInterface({ input: createReadStream(later), crlfDelay: Infinity })) {
      if (text === '') continue;
      await out.write(`${statements === 0 ? '\n' : ',\n'}${text}`);
      statements++;
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await out.write('\n]\n');
  return { statements, skipped };
}
