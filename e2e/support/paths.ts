/** Paths the browser tests use, relative to the repository root. */
import { resolve } from 'node:path';

/** The repository root. */
export const ROOT = resolve(import.meta.dirname, '..', '..');
/** The `daylight` command. */
export const CLI = resolve(ROOT, 'packages/cli/bin/daylight.js');
/** Where screenshots go (gitignored). */
export const ARTIFACTS = resolve(ROOT, 'e2e/artifacts');
/** The web app's package. */
export const WEB = resolve(ROOT, 'packages/web');
