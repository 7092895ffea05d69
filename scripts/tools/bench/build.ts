// Times `astro build`: wall, CPU (user + system, all threads) and peak memory, with the PNG cache
// cold (an empty folder) or warm (a folder an earlier build filled).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BuildCost {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

const PRELOAD = join(import.meta.dirname, 'rusage-preload.ts');

/** Runs `astro build` of the project in `root` into `outDir` with PNG_CACHE_DIR=`cacheDir`; throws on failure. */
export function measureBuild(root: string, outDir: string, cacheDir: string): BuildCost {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-rusage-'));
  const report = join(scratch, 'rusage.json');
  try {
    const start = performance.now();
    const run = spawnSync(process.execPath, ['--import', PRELOAD, 'node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir], {
      cwd: root,
      env: { ...process.env, PNG_CACHE_DIR: cacheDir, RUSAGE_OUT: report },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - start;
    if (run.status !== 0) throw new Error(`astro build in ${root} failed (exit ${run.status}):\n${run.stdout.slice(-3000)}\n${run.stderr.slice(-3000)}`);
    const usage = JSON.parse(readFileSync(report, 'utf8')) as { userUs: number; systemUs: number; maxRssKiB: number };
    return { wallMs, cpuMs: (usage.userUs + usage.systemUs) / 1000, peakMiB: usage.maxRssKiB / 1024 };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** The median of each figure over `runs` (each its own run, so the figures may come from different runs). */
export function medianCost(runs: readonly BuildCost[]): BuildCost {
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
  return { wallMs: median(runs.map((r) => r.wallMs)), cpuMs: median(runs.map((r) => r.cpuMs)), peakMiB: median(runs.map((r) => r.peakMiB)) };
}
