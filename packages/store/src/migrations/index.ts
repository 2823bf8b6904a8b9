/**
 * Every migration, in order.
 */
import { migration001 } from './001-initial.migration.js';
import { migration002 } from './002-edges.migration.js';
import { migration004 } from './004-match-keys.migration.js';
import { migration005 } from './005-documents.migration.js';
import type { Migration } from './migration.types.js';

export type { Migration } from './migration.types.js';

/** All migrations, oldest first. */
export const MIGRATIONS: readonly Migration[] = [migration001, migration002, migration004, migration005];
