// `npm run data`: fetches the inputs, runs every dataset builder, reports ALL problems of the run,
// and writes the outputs only when there are none, replacing the output folders in one swap each.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { BuildContext, Builder, Problem } from './lib/builder.ts';
import { resolvePaths, type RunPaths } from './lib/paths.ts';
import { locate } from './lib/locate.ts';
import { formatReport } from './lib/report.ts';
import { builders as registry } from './datasets/index.ts';

/** Folders the build owns; every output lands in one of them, and each is replaced whole. */
export const OUTPUT_DIRS = ['src/generated', 'public/generated'];

export interface RunResult {
  problems: Problem[];
  /** Outputs by path relative to the output root. */
  outputs: Map<string, string | Uint8Array>;
  /** Each builder's summary line, in run order. */
  summaries: [string, string][];
  /** Every builder's value, by name. */
  values: Map<string, unknown>;
}

/** Runs the builders in order; a builder that throws becomes a problem and the others still run. */
export async function runBuilders(paths: RunPaths, builders: readonly Builder[] = registry, today = new Date().toISOString().slice(0, 10)): Promise<RunResult> {
  const ctx: BuildContext = { root: paths.root, dataDir: paths.dataDir, mirrorDir: paths.mirrorDir, inputsDir: paths.inputsDir, earlier: new Map(), tables: new Map(), today };
  const result: RunResult = { problems: [], outputs: new Map(), summaries: [], values: ctx.earlier };
  const ran = new Set<string>();
  for (const builder of builders) {
    const missing = (builder.after ?? []).filter((name) => !ran.has(name));
    if (missing.length > 0) throw new Error(`scripts/datasets/index.ts: builder "${builder.name}" must come after ${missing.join(', ')}`);
    ran.add(builder.name);
    try {
      const out = await builder.build(ctx);
      ctx.earlier.set(builder.name, out.value);
      if (out.table) ctx.tables.set(builder.name, out.table);
      result.problems.push(...out.problems);
      for (const [path, content] of out.outputs) {
        if (!OUTPUT_DIRS.some((dir) => path.startsWith(`${dir}/`))) throw new Error(`output ${path} is outside ${OUTPUT_DIRS.join(' and ')}`);
        if (result.outputs.has(path)) throw new Error(`output ${path} is written twice`);
        result.outputs.set(path, content);
      }
      if (out.summary !== undefined) result.summaries.push([builder.name, out.summary]);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      result.problems.push({ file: `builder "${builder.name}"`, received: message, expected: 'the builder to finish',
        hint: `A bug in the build scripts, not in the data (or a fault that should have been reported as a problem). ${error instanceof Error ? error.stack?.split('\n')[1]?.trim() ?? '' : ''}` });
    }
  }
  return result;
}

/** Writes every output folder beside its target, then swaps each in, so a failure leaves the old outputs intact. */
export function writeOutputs(outRoot: string, outputs: ReadonlyMap<string, string | Uint8Array>): string[] {
  const dirs = OUTPUT_DIRS.filter((dir) => [...outputs.keys()].some((path) => path.startsWith(`${dir}/`)));
  const staged = dirs.map((dir) => ({ target: join(outRoot, dir), temp: join(outRoot, `${dir}.tmp-${process.pid}`), old: join(outRoot, `${dir}.old-${process.pid}`) }));
  try {
    for (const { temp } of staged) {
      rmSync(temp, { recursive: true, force: true });
      mkdirSync(temp, { recursive: true });
    }
    for (const [path, content] of outputs) {
      const dir = dirs.find((d) => path.startsWith(`${d}/`)) as string;
      const file = join(outRoot, `${dir}.tmp-${process.pid}`, path.slice(dir.length + 1));
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, content);
    }
  } catch (error) {
    for (const { temp } of staged) rmSync(temp, { recursive: true, force: true });
    throw error;
  }
  for (const { target, temp, old } of staged) {
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
    rmSync(old, { recursive: true, force: true });
  }
  return dirs;
}

/** The whole run: build, then write only when nothing is wrong. */
export async function buildData(paths: RunPaths, builders?: readonly Builder[], today?: string): Promise<RunResult & { written: string[] }> {
  const result = await runBuilders(paths, builders, today);
  const written = result.problems.length === 0 ? writeOutputs(paths.outRoot, result.outputs) : [];
  return { ...result, written };
}

if (import.meta.main) {
  const started = performance.now();
  const argv = process.argv.slice(2);
  const paths = resolvePaths(resolve(import.meta.dirname, '..'), argv, process.env);
  const built = await buildData(paths);
  const result = { ...built, problems: locate(built.problems, paths.root) };
  // `--json`: the dev server's data watcher reads the problems as data, to point the browser overlay at file:line.
  if (argv.includes('--json')) {
    console.log(JSON.stringify({ problems: result.problems, written: result.written }));
    process.exit(result.problems.length > 0 ? 1 : 0);
  }
  const width = Math.max(...result.summaries.map(([name]) => name.length));
  for (const [name, summary] of result.summaries) console.log(`  ${name.padEnd(width)}  ${summary}`);
  // performance.now() counts from process start, so the second figure includes Node start-up and module loading.
  const elapsed = `${Math.round(performance.now() - started)} ms (${Math.round(performance.now())} ms since start)`;
  if (result.problems.length > 0) {
    console.error(`\n${formatReport(result.problems)} (${elapsed})`);
    process.exit(1);
  }
  console.log(`data: wrote ${result.outputs.size} files to ${result.written.join(' and ')} in ${elapsed}`);
}
