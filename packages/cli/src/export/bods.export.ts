/**
 * BODS 0.4 export: a JSON array of statements, written as it goes.
 */
import { toBodsStatement } from '@daylight/core';
import type { Store } from '@daylight/store';
import { scopedEntities, type ExportScope } from './entity-scope.js';
import type { Output } from './output.js';

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
  await out.write('[');
  // Entities and people first, relationships after them, as BODS readers expect.
  const relationships: string[] = [];
  for await (const entity of scopedEntities(store, scope)) {
    const statement = toBodsStatement(entity, publication);
    if (statement === undefined) {
      skipped++;
      continue;
    }
    const text = JSON.stringify(statement);
    if (statement.recordType === 'relationship') relationships.push(text);
    else {
      await out.write(`${statements === 0 ? '\n' : ',\n'}${text}`);
      statements++;
    }
  }
  for (const text of relationships) {
    await out.write(`${statements === 0 ? '\n' : ',\n'}${text}`);
    statements++;
  }
  await out.write('\n]\n');
  return { statements, skipped };
}
