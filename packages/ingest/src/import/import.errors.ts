/**
 * Errors of the import setup (before any file is read).
 */
import { DaylightError } from '@daylight/core';

/** The import cannot start (missing file, bad dataset name, bad mapping …). */
export class ImportSetupError extends DaylightError {
  /** @param message - what is wrong and what to do */
  constructor(message: string) {
    super('import_setup', message);
  }
}
