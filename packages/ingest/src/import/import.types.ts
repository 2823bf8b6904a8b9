/**
 * What imports report.
 */

/** A problem with one record of one file. */
export interface ImportError {
  /** The file as the user named it. */
  readonly file: string;
  /** 1-based line number (0 when the problem concerns the whole file). */
  readonly line: number;
  /** The field at fault (JSON path inside the record), when known. */
  readonly field?: string;
  /** What was wrong, and where. */
  readonly message: string;
}

/** Per-file figures. */
export interface FileSummary {
  readonly file: string;
  readonly lines: number;
  readonly entities: number;
  readonly statements: number;
  /** Whether the file's records were written (false when it had errors). */
  readonly written: boolean;
}

/** The result of an import. */
export interface ImportSummary {
  /** Entity records written (nested entities count on their own). */
  readonly entities: number;
  /** Statements written, new or already known. */
  readonly statements: number;
  /** Statements that were new to the store. */
  readonly inserted: number;
  /** Statements retracted (FtM delta DEL/MOD, replaced BODS statements); absent when none. */
  readonly retracted?: number;
  readonly errors: ImportError[];
  /** Errors beyond the ones listed (the list is capped). */
  readonly moreErrors: number;
  readonly files: FileSummary[];
}

/** Progress of an import, for progress bars. */
export interface ImportProgress {
  readonly file: string;
  readonly bytesRead: number;
  readonly totalBytes: number;
  readonly lines: number;
}
