// Where a run reads and writes: every default can be overridden so tests build fixtures in temporary folders.
import { isAbsolute, relative, resolve, sep } from 'node:path';

export interface RunPaths {
  /** Project root: problems name files relative to it. */
  root: string;
  /** Folder of curated inputs (default `<root>/data`; `--data <dir>` or ZHETYSU_DATA_DIR). */
  dataDir: string;
  /** Mirror of third-party inputs (default `<root>/../shared`; ZHETYSU_SHARED_DIR). */
  mirrorDir: string;
  /** Verified copies of the inputs (default `<root>/.inputs`). */
  inputsDir: string;
  /** Outputs are written under this root (default `<root>`; `--out <dir>`). */
  outRoot: string;
}

/** Resolves the run's folders from command-line flags and the environment. */
export function resolvePaths(root: string, argv: readonly string[], env: NodeJS.ProcessEnv): RunPaths {
  const flag = (name: string): string | undefined => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const from = (value: string | undefined, fallback: string): string => (value ? resolve(root, value) : fallback);
  return {
    root,
    dataDir: from(flag('--data') ?? env['ZHETYSU_DATA_DIR'], resolve(root, 'data')),
    mirrorDir: from(env['ZHETYSU_SHARED_DIR'], resolve(root, '..', 'shared')),
    inputsDir: from(flag('--inputs'), resolve(root, '.inputs')),
    outRoot: from(flag('--out'), root),
  };
}

/** A path as Problems show it: relative to the root (or its parent, like ../shared) with forward slashes, else absolute. */
export function displayPath(root: string, path: string): string {
  const rel = relative(root, path);
  return rel === '' || isAbsolute(rel) || rel.startsWith(`..${sep}..`) ? path : rel.split(sep).join('/');
}
