// The contract every dataset builder follows; build-data.ts runs them all and writes atomically.

/** One thing wrong with an input, phrased so an editor can fix it without reading code. */
export interface Problem {
  /** Path of the bad file, relative to the project root (or the mirror for third-party inputs). */
  file: string;
  /** 1-based line of the row in a CSV file, when known. */
  line?: number;
  /** 1-based character column of the value on that line (filled by locate.ts when the builder does not know it). */
  column?: number;
  /** Column name (CSV) or JSON path (`[3].geometry.via[2]`). */
  field?: string;
  /** The value received, as written in the file. */
  received?: string;
  /** What was expected instead. */
  expected: string;
  /** How to fix it (e.g. nearest valid ids, the closest passage of the speech). */
  hint?: string;
}

/** What a builder hands back: files to write (path relative to the project root) and problems. */
export interface BuildResult {
  outputs: Map<string, string | Uint8Array>;
  problems: Problem[];
  /** One line for the build summary, e.g. "42 claims". */
  summary?: string;
  /** The curated file as read, for later builders' cross-reference checks (stored in `ctx.tables`). */
  table?: TableInfo;
}

/** A curated file's rows with their lines, and every id it defines. */
export interface TableInfo {
  /** The file as Problems name it. */
  file: string;
  /** Every id written in the file, valid row or not; null when the file could not be read (references to it go unchecked). */
  ids: ReadonlySet<string> | null;
  /** Rows that passed the schema, each with the line it starts on. */
  rows: { line: number; value: unknown }[];
}

/** Shared, read-only state of one data build run. */
export interface BuildContext {
  /** Absolute project root. */
  root: string;
  /** Absolute folder holding verified copies of the third-party inputs (`.inputs/`). */
  inputsDir: string;
  /** Absolute folder of the curated inputs (`data/`, or a fixture folder in tests). */
  dataDir: string;
  /** Absolute mirror folder the inputs are copied from (`../shared` or ZHETYSU_SHARED_DIR). */
  mirrorDir: string;
  /** Results of builders that ran earlier in the same run, by builder name (a dataset's value is its output list). */
  earlier: Map<string, unknown>;
  /** Tables read by earlier builders, by builder name. */
  tables: Map<string, TableInfo>;
  /** The run's day (YYYY-MM-DD), so "no date in the future" checks give the same answer in tests on any day. */
  today: string;
}

export interface Builder<T = unknown> {
  /** Unique name, also the key later builders use in `ctx.earlier`. */
  name: string;
  /** Names of builders whose results this one reads from `ctx.earlier`. */
  after?: string[];
  build(ctx: BuildContext): Promise<BuildResult & { value?: T }> | (BuildResult & { value?: T });
}
