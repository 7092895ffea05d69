// A throwaway copy of the project in a temporary folder, for tests that edit data/ or content/ (never the real ones).
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { ROOT } from './site.ts';

// Outputs, caches and tooling the copy must not carry (node_modules is linked instead).
const SKIP = new Set(['node_modules', 'dist', '.git', '.astro', '.inputs', 'bench', 'tests', 'src/generated', 'public/generated', 'node_modules/.vite']);

export interface ProjectCopy {
  /** Root of the copy (its ../shared is a link to the real mirror). */
  root: string;
  /** Environment that points the data build at the mirror beside the copy. */
  env: NodeJS.ProcessEnv;
  dispose(): void;
}

/** Copies the project (sources, data, content) into `<tmp>/project`, linking node_modules and the mirror. */
export function copyProject(prefix = 'zhetysu-copy-'): ProjectCopy {
  const parent = mkdtempSync(join(tmpdir(), prefix));
  const root = join(parent, 'project');
  cpSync(ROOT, root, { recursive: true, filter: (src) => !SKIP.has(relative(ROOT, src).split('\\').join('/')) && !/\.(tmp|old)-\d+$/.test(src) });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'), 'dir');
  symlinkSync(resolve(process.env['ZHETYSU_SHARED_DIR'] ?? join(ROOT, '..', 'shared')), join(parent, 'shared'), 'dir');
  return { root, env: { ...process.env, ZHETYSU_SHARED_DIR: join(parent, 'shared') }, dispose: () => rmSync(parent, { recursive: true, force: true }) };
}
