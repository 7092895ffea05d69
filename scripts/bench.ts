// `npm run bench` (not part of npm test): times the data build and the full build, then runs
// Lighthouse 12 (mobile and desktop) on the home page, a chart chapter, a map chapter and an embed.
// Prints a table and saves it as JSON in bench/results/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/lib/browser.ts';
import { startServer } from '../tests/e2e/lib/server.ts';
import { measurePages } from './quality/budgets.ts';
import type { PageKind } from './quality/pages.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const TARGETS = { dataBuildMs: 2000, fullBuildMs: 60_000, score: 100 };
/** Lighthouse runs per page and form factor; the median run is reported, as Lighthouse's docs advise for variance. */
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Runs a node script on this Node (24) and returns its wall time in ms; throws on failure. */
function timed(args: string[], env: NodeJS.ProcessEnv = process.env): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: ROOT, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${args.join(' ')} failed:\n${run.stdout}\n${run.stderr}`);
  return performance.now() - start;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

/** Starts Chromium with a DevTools port for Lighthouse; resolves with the port and a stop function. */
async function startChromium(): Promise<{ port: number; stop: () => void }> {
  const profile = mkdtempSync(join(tmpdir(), 'bench-chromium-'));
  const child = spawn(CHROMIUM_PATH, [...CHROMIUM_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const port = await new Promise<number>((resolve, reject) => {
    let err = '';
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const m = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(err);
      if (m?.[1]) resolve(Number(m[1]));
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code}) before DevTools was up:\n${err}`)));
  });
  return { port, stop: () => { child.kill(); rmSync(profile, { recursive: true, force: true }); } };
}

interface Row {
  page: string;
  kind: PageKind;
  form: 'mobile' | 'desktop';
  scores: Record<string, number>;
  metrics: Record<string, number>;
  /** Audits that scored below 1, to see what cost the points. */
  failing: string[];
  /** Performance score of every run, the median run's among them. */
  runs: number[];
}

async function main(): Promise<void> {
  const outDir = mkdtempSync(join(tmpdir(), 'bench-dist-'));
  const dataOut = mkdtempSync(join(tmpdir(), 'bench-data-'));
  console.log('bench: timing the data build (3 runs)…');
  const dataRuns = [1, 2, 3].map(() => timed(['scripts/build-data.ts', '--out', dataOut]));
  console.log('bench: timing the full build (data + astro build + headers)…');
  const fullBuildMs =
    timed(['scripts/build-data.ts']) +
    timed(['node_modules/astro/bin/astro.mjs', 'build', '--outDir', outDir]) +
    timed(['scripts/quality/headers.ts', '--dist', outDir]);

  const pages = measurePages(outDir);
  const pick = (kind: PageKind) => pages.find((p) => p.kind === kind)?.path;
  const targets = (['home', 'chapter', 'map-chapter', 'embed'] as const).flatMap((kind) => {
    const path = pick(kind);
    if (path === undefined) console.log(`bench: no ${kind} page in the build, skipped.`);
    return path === undefined ? [] : [{ kind, path }];
  });

  const server = await startServer(outDir);
  const chromium = await startChromium();
  const rows: Row[] = [];
  try {
    for (const { kind, path } of targets) {
      for (const form of ['mobile', 'desktop'] as const) {
        console.log(`bench: Lighthouse ${form} ${path} (${RUNS} runs)…`);
        const lhrs: Lhr[] = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(server.origin + path, { port: chromium.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, form === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          lhrs.push(result.lhr);
        }
        const { categories, audits } = computeMedianRun(lhrs) as Lhr;
        const runs = lhrs.map((lhr) => Math.round((lhr.categories['performance']?.score ?? 0) * 100));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
        const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((id) => [id, audits[id]?.numericValue ?? NaN]));
        const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id);
        if (failing.length) console.log(`  below 1 in the median run: ${failing.join(', ')}`);
        rows.push({ page: path, kind, form, scores, metrics, failing, runs });
      }
    }
  } finally {
    chromium.stop();
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
    rmSync(dataOut, { recursive: true, force: true });
  }

  const noindex = (row: Row) => row.kind === 'embed';
  const missed = rows.flatMap((r) => CATEGORIES.filter((c) => !(c === 'seo' && noindex(r)) && (r.scores[c] ?? 0) < TARGETS.score).map((c) => `${r.page} ${r.form} ${c} ${r.scores[c]}`));
  const dataBuildMs = median(dataRuns);
  if (dataBuildMs > TARGETS.dataBuildMs) missed.push(`data build ${Math.round(dataBuildMs)} ms`);
  if (fullBuildMs > TARGETS.fullBuildMs) missed.push(`full build ${Math.round(fullBuildMs)} ms`);

  const header = ['page', 'form', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'perf of each run'];
  const lines = rows.map((r) => [r.page, r.form, ...CATEGORIES.map((c) => String(r.scores[c])),
    ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].map((m) => String(Math.round(r.metrics[m] ?? NaN))),
    (r.metrics['cumulative-layout-shift'] ?? NaN).toFixed(3), r.runs.join(' ')]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
  console.log(`\n${fmt(header)}\n${fmt(widths.map((w) => '-'.repeat(w)))}\n${lines.map(fmt).join('\n')}`);
  console.log(`\ndata build: ${Math.round(dataBuildMs)} ms median of ${dataRuns.map(Math.round).join(', ')} (target < ${TARGETS.dataBuildMs})`);
  console.log(`full build: ${Math.round(fullBuildMs)} ms (target < ${TARGETS.fullBuildMs})`);
  console.log(missed.length ? `\nmissed targets:\n  ${missed.join('\n  ')}` : '\nall targets met');

  const report = { date: new Date().toISOString(), lighthouse: JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')).version as string, cores: navigator.hardwareConcurrency, dataBuildMs: dataRuns, fullBuildMs, rows, missed };
  const dir = join(ROOT, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`saved ${file}`);
  if (missed.length) process.exitCode = 1;
}

await main();
