// `npm run bench` (not part of npm test): times the data build and `astro build` (CPU, wall, peak
// memory; PNG cache cold and warm), runs Lighthouse 12 (mobile and desktop, median of 3) on one page
// of every kind, measures a map chapter's first interaction, prints the reference ratios, and fails
// (exit 1) when a target of issue 14 is missed. Saves everything as JSON in bench/results/.
// BENCH_RUNS (Lighthouse runs, 3), BENCH_BUILD_RUNS (builds per cache state, 3), BENCH_LIGHTHOUSE=off
// (skip Lighthouse; the run then fails). The CPU ratios are against commit 19c50cc built on this machine,
// interleaved with this build: unpacked and installed in the scratch folder (bench/reference.ts), or
// BENCH_REFERENCE=<a checkout of it>; BENCH_REFERENCE=recorded uses the figure recorded on another machine.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import lighthouse, { desktopConfig } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../quality/browser.ts';
import { startServer } from '../quality/server.ts';
import { measureBuild, medianCost, type BuildCost } from './bench/build.ts';
import { measureInteraction, type Interaction } from './bench/interaction.ts';
import { formatRatio, referenceRatios } from './bench/ratios.ts';
import { pickTargets, type Target } from './bench/targets.ts';
import { prepareReference, REFERENCE_COMMIT } from './bench/reference.ts';
import { measurePages } from '../quality/budgets.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Issue 14's "done when", plus the older build-time targets. */
const TARGETS = { dataBuildMs: 2000, score: 100, cls: 0, warmCpu: 0.6, coldCpu: 0.85, interactionBytes: 470_000, idleMs: 1000, chartEmbedBytes: 4000 };
/**
 * `astro build` before issue 14 (commit 19c50cc: no PNG cache, no workers, full fonts), measured on
 * the project's 2-core machine of 2026-12-01 (median of 2); only with BENCH_REFERENCE=recorded, since
 * another machine's time makes no ratio (the machine of 2026-12-02 builds 19c50cc in 5.7–6.4 s CPU).
 */
const RECORDED_REFERENCE: BuildCost = { cpuMs: 15_700, wallMs: 19_200, peakMiB: 831 };
const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const BUILD_RUNS = Number(process.env['BENCH_BUILD_RUNS'] ?? 3);

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>['lhr'];

/** Runs a node script on this Node (24) and returns its wall time in ms; throws on failure. */
function timed(args: string[], cwd = ROOT): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
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
  label: string;
  page: string;
  form: 'mobile' | 'desktop';
  noindex: boolean;
  scores: Record<string, number>;
  metrics: Record<string, number>;
  /** Audits that scored below 1, to see what cost the points. */
  failing: string[];
  /** Performance score of every run, the median run's among them. */
  runs: number[];
}

function table(header: string[], lines: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? '').length)));
  const fmt = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  return [fmt(header), fmt(widths.map((w) => '-'.repeat(w))), ...lines.map(fmt)].join('\n');
}

async function lighthouseRows(origin: string, targets: readonly Target[]): Promise<Row[]> {
  const chromium = await startChromium();
  const rows: Row[] = [];
  try {
    for (const { label, path, noindex } of targets) {
      for (const form of ['mobile', 'desktop'] as const) {
        console.log(`bench: Lighthouse ${form} ${path} (${RUNS} runs)…`);
        const lhrs: Lhr[] = [];
        for (let run = 0; run < RUNS; run++) {
          const result = await lighthouse(origin + path, { port: chromium.port, hostname: '127.0.0.1', output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] }, form === 'desktop' ? desktopConfig : undefined);
          if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
          lhrs.push(result.lhr);
        }
        const { categories, audits } = computeMedianRun(lhrs) as Lhr;
        const runs = lhrs.map((lhr) => Math.round((lhr.categories['performance']?.score ?? 0) * 100));
        const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]));
        const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift'].map((id) => [id, audits[id]?.numericValue ?? NaN]));
        const failing = Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual').map((a) => a.id);
        if (failing.length) console.log(`  below 1 in the median run: ${failing.join(', ')}`);
        rows.push({ label, page: path, form, noindex, scores, metrics, failing, runs });
      }
    }
  } finally {
    chromium.stop();
  }
  return rows;
}

async function main(): Promise<void> {
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const outDir = join(scratch, 'dist');
  const setting = process.env['BENCH_REFERENCE'];
  // The reference's data build reads the same mirror as ours.
  process.env['ZHETYSU_SHARED_DIR'] ??= resolve(ROOT, '..', 'shared');
  const reference = setting === 'recorded' ? undefined : setting ? resolve(setting) : (console.log(`bench: unpacking and installing the reference build (commit ${REFERENCE_COMMIT})…`), prepareReference(ROOT, join(scratch, 'reference')));
  try {
    console.log('bench: timing the data build (3 runs)…');
    const dataRuns = [1, 2, 3].map(() => timed(['scripts/build-data.ts', '--out', join(scratch, 'data')]));
    timed(['scripts/build-data.ts']);
    if (reference) timed(['scripts/build-data.ts'], reference);

    console.log(`bench: timing astro build, ${BUILD_RUNS} runs each with the PNG cache cold and warm${reference ? `, and ${reference}` : ''}…`);
    const cold: BuildCost[] = [];
    const warm: BuildCost[] = [];
    const ref: BuildCost[] = [];
    const warmCache = join(scratch, 'png-cache-warm');
    for (let i = 0; i < BUILD_RUNS; i++) {
      // Interleaved, so a busy moment on the machine weighs on every column alike.
      if (reference) ref.push(measureBuild(reference, join(scratch, 'ref-dist'), join(scratch, `ref-cache-${i}`)));
      cold.push(measureBuild(ROOT, outDir, i === 0 ? warmCache : join(scratch, `png-cache-cold-${i}`)));
      warm.push(measureBuild(ROOT, outDir, warmCache));
    }
    timed(['scripts/deploy/headers.ts', '--dist', outDir]);
    const build = { cold: medianCost(cold), warm: medianCost(warm), reference: reference ? medianCost(ref) : RECORDED_REFERENCE, referenceSource: reference ? (setting ? reference : `commit ${REFERENCE_COMMIT}, built here`) : `commit ${REFERENCE_COMMIT}, recorded on another machine` };

    const pages = measurePages(outDir);
    const { targets, missing: missingKinds } = pickTargets(outDir, pages);
    for (const kind of missingKinds) console.log(`bench: no ${kind} page in the build, skipped.`);

    const server = await startServer(outDir);
    let rows: Row[] = [];
    let interaction: Interaction | undefined;
    const mapChapter = targets.find((t) => t.label === 'map chapter');
    try {
      if (mapChapter) {
        console.log(`bench: first interaction on ${mapChapter.path} (${RUNS} runs)…`);
        interaction = await measureInteraction(server.origin, outDir, mapChapter.path, RUNS);
      }
      if (process.env['BENCH_LIGHTHOUSE'] !== 'off') rows = await lighthouseRows(server.origin, targets);
    } finally {
      await server.close();
    }
    const ratios = referenceRatios(ROOT, outDir, pages, interaction?.bytes);

    // What missed a target, in words.
    const missed: string[] = [];
    if (process.env['BENCH_LIGHTHOUSE'] === 'off') missed.push('Lighthouse skipped (BENCH_LIGHTHOUSE=off)');
    for (const r of rows) {
      for (const c of CATEGORIES) if (!(c === 'seo' && r.noindex) && (r.scores[c] ?? 0) < TARGETS.score) missed.push(`${r.page} ${r.form} ${c} ${r.scores[c]}`);
      const cls = r.metrics['cumulative-layout-shift'] ?? NaN;
      if (!(cls <= TARGETS.cls)) missed.push(`${r.page} ${r.form} CLS ${cls.toFixed(3)}`);
    }
    const dataBuildMs = median(dataRuns);
    if (dataBuildMs > TARGETS.dataBuildMs) missed.push(`data build ${Math.round(dataBuildMs)} ms`);
    const coldRatio = build.cold.cpuMs / build.reference.cpuMs;
    const warmRatio = build.warm.cpuMs / build.reference.cpuMs;
    if (coldRatio > TARGETS.coldCpu) missed.push(`astro build CPU, cold PNG cache, ${coldRatio.toFixed(2)}× the reference (target ≤ ${TARGETS.coldCpu}×)`);
    if (warmRatio > TARGETS.warmCpu) missed.push(`astro build CPU, warm PNG cache, ${warmRatio.toFixed(2)}× the reference (target ≤ ${TARGETS.warmCpu}×)`);
    if (interaction && interaction.bytes > TARGETS.interactionBytes) missed.push(`${mapChapter?.path} after the first interaction ${(interaction.bytes / 1000).toFixed(1)} kB gz (target ≤ ${TARGETS.interactionBytes / 1000})`);
    if (interaction && interaction.idleMs > TARGETS.idleMs) missed.push(`${mapChapter?.path} interaction → idle ${Math.round(interaction.idleMs)} ms (target ≤ ${TARGETS.idleMs})`);
    const chartEmbed = ratios.find((r) => r.name.startsWith('chart embed'));
    if (chartEmbed && chartEmbed.ours > TARGETS.chartEmbedBytes) missed.push(`${chartEmbed.name}: ${(chartEmbed.ours / 1000).toFixed(1)} kB gz on first view (target ≤ ${TARGETS.chartEmbedBytes / 1000})`);

    const kb = (n: number) => (n / 1000).toFixed(1);
    console.log(`\n${table(['kind', 'page', 'form', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'perf of each run'], rows.map((r) => [
      r.label, r.page, r.form, ...CATEGORIES.map((c) => (c === 'seo' && r.noindex ? `(${r.scores[c]})` : String(r.scores[c]))),
      ...['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time'].map((m) => String(Math.round(r.metrics[m] ?? NaN))),
      (r.metrics['cumulative-layout-shift'] ?? NaN).toFixed(3), r.runs.join(' '),
    ]))}`);
    console.log('(seo) in brackets: a noindex page, not a target.');
    const cost = (name: string, c: BuildCost) => [name, (c.cpuMs / 1000).toFixed(1), (c.wallMs / 1000).toFixed(1), String(Math.round(c.peakMiB)), (c.cpuMs / build.reference.cpuMs).toFixed(2)];
    console.log(`\n${table(['astro build', 'CPU s', 'wall s', 'peak MiB', 'CPU vs reference'], [cost(`reference: ${build.referenceSource}`, build.reference), cost('PNG cache cold', build.cold), cost('PNG cache warm', build.warm)])}`);
    console.log(`targets: CPU ≤ ${TARGETS.coldCpu}× cold, ≤ ${TARGETS.warmCpu}× warm; medians of ${BUILD_RUNS} runs each`);
    console.log(`data build: ${Math.round(dataBuildMs)} ms median of ${dataRuns.map(Math.round).join(', ')} (target < ${TARGETS.dataBuildMs})`);
    if (interaction) {
      console.log(`\nfirst interaction on ${mapChapter?.path}: ${kb(interaction.bytes)} kB gz (target ≤ ${TARGETS.interactionBytes / 1000}), interaction → idle ${Math.round(interaction.idleMs)} ms (target ≤ ${TARGETS.idleMs}), median of ${RUNS}`);
      console.log(interaction.files.map(([f, n]) => `  ${kb(n).padStart(6)} kB  ${f}`).join('\n'));
    }
    console.log(`\n${table(['reference ratio', 'ours kB gz', 'reference kB gz', 'ratio', 'counts'], ratios.map((r) => [r.name, kb(r.ours), kb(r.reference), formatRatio(r), r.note]))}`);
    console.log(missed.length ? `\nmissed targets:\n  ${missed.join('\n  ')}` : '\nall targets met');

    const report = { date: new Date().toISOString(), lighthouse: (JSON.parse(readFileSync(join(ROOT, 'node_modules/lighthouse/package.json'), 'utf8')) as { version: string }).version, cores: navigator.hardwareConcurrency, dataBuildMs: dataRuns, build: { ...build, coldRuns: cold, warmRuns: warm, referenceRuns: ref }, interaction, ratios, rows, missed };
    const dir = join(ROOT, 'bench/results');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `bench-${report.date.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(dir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
    console.log(`saved ${file}`);
    if (missed.length) process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

await main();
