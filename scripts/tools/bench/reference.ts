// The build the CPU targets are measured against — issue 14's "today's" build, commit 19c50cc —
// unpacked and installed beside this one, since a build time recorded on another machine says nothing here.
import { mkdirSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

export const REFERENCE_COMMIT = '19c50cc';

/** Unpacks `commit` of the repository at `root` into `dir` (git archive: no worktree left registered) and runs `npm ci` there. */
export function prepareReference(root: string, dir: string, commit = REFERENCE_COMMIT): string {
  const archive = spawnSync('git', ['-C', root, 'archive', '--format=tar', commit], { maxBuffer: 512 * 1024 * 1024 });
  if (archive.status !== 0) {
    throw new Error(`bench: git cannot read commit ${commit} (${archive.stderr.toString().trim()}). In a shallow clone run \`git fetch --unshallow\`, or set BENCH_REFERENCE=<a checkout of ${commit} with npm ci done> or BENCH_REFERENCE=recorded.`);
  }
  mkdirSync(dir, { recursive: true });
  const untar = spawnSync('tar', ['-x', '-C', dir], { input: archive.stdout });
  if (untar.status !== 0) throw new Error(`bench: could not unpack ${commit} into ${dir}: ${untar.stderr.toString()}`);
  // npm as this run was started with (npm run bench), else the npm on PATH.
  const npm = process.env['npm_execpath'];
  const install = npm
    ? spawnSync(process.execPath, [npm, 'ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' })
    : spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: dir, stdio: 'inherit' });
  if (install.status !== 0) throw new Error(`bench: npm ci failed in the reference checkout ${dir}`);
  return dir;
}
