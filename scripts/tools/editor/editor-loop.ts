// The editor's loop in `npm run dev`: a save in data/ rebuilds the datasets, refreshes every cache of ids and reloads the
// open page, or shows the problem in the overlay at its file:line:column; also silences build noise that is not the editor's.
import { relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { ViteDevServer } from 'vite';
import type { Problem } from '../../lib/builder.ts';
import { formatProblem, formatReport } from '../../lib/report.ts';
import { checkChaptersIn } from '../../../src/content/check-chapters.ts';
import { chapterLinkProblems } from './chapter-links.ts';
import { setProblems, type EditorProblem } from './problems.ts';

/** What a data build run reported: `node scripts/build-data.ts --json`. */
export interface DataRun {
  problems: Problem[];
  /** Set when the run itself failed (a crash, not a data problem). */
  crash?: string;
}

let worker: Worker | undefined;

/** Starts the worker (it loads the builders at once, so the first save is as quick as the next). */
export function startDataWorker(root: string): void {
  if (worker) return;
  worker = new Worker(resolve(root, 'scripts/build-data-worker.ts'));
  // The dev server decides when the process ends, not this worker.
  worker.unref();
}

/** Runs the data build in a worker thread kept for the whole dev session (a crashed worker is replaced on the next save). */
export function runDataBuild(root: string): Promise<DataRun> {
  startDataWorker(root);
  const current = worker as Worker;

  return new Promise((done) => {
    const onMessage = (run: DataRun): void => {
      current.off('error', onError);
      done(run);
    };
    const onError = (error: Error): void => {
      current.off('message', onMessage);
      worker = undefined;
      done({ problems: [], crash: error.stack ?? error.message });
    };
    current.once('message', onMessage);
    current.once('error', onError);
    current.postMessage(root);
  });
}

/** Ends the worker, so the dev server can exit. */
export async function stopDataBuild(): Promise<void> {
  await worker?.terminate();
  worker = undefined;
}

/** A data Problem as the overlay lists it. */
export const toEditorProblem = (p: Problem): EditorProblem => ({ file: p.file, line: p.line, column: p.column, message: formatProblem(p) });

/** True for a file the data build reads: anything under data/ (the mirror manifest data/inputs.json included). */
export const isDataFile = (root: string, file: string): boolean => {
  const rel = relative(resolve(root, 'data'), file);
  return rel !== '' && !rel.startsWith('..') && !rel.split(sep).some((part) => part.startsWith('.'));
};

/** True for a chapter file: content/chapters/*.mdx. */
export const isChapterFile = (root: string, file: string): boolean => relative(resolve(root, 'content/chapters'), file).match(/^[^/\\.][^/\\]*\.mdx$/) !== null;

/** Marks every module compiled from a chapter or the generated datasets stale, so the next request compiles them with the new ids. */
function invalidateIdUsers(server: ViteDevServer, root: string): void {
  const stale = [resolve(root, 'content'), resolve(root, 'src/generated'), resolve(root, 'data')];
  for (const environment of Object.values(server.environments)) {
    const graph = environment.moduleGraph;
    for (const mod of graph.idToModuleMap.values()) {
      const file = mod.file ?? '';
      if (stale.some((dir) => file.startsWith(dir)) || (mod.id ?? '').includes('astro:content')) graph.invalidateModule(mod);
    }
  }
}

function reload(server: ViteDevServer): void {
  for (const environment of Object.values(server.environments)) {
    // The SSR runner drops its evaluated modules on a full reload; the browser reloads the page.
    if ('hot' in environment) environment.hot.send({ type: 'full-reload', path: '*' });
  }
}

interface WatchOptions {
  server: ViteDevServer;
  root: string;
  logger: AstroIntegrationLogger;
  refreshContent: ((options: { context?: Record<string, unknown> }) => Promise<void>) | undefined;
}

/** One run at a time; a save during a run queues exactly one more. */
function serial(task: () => Promise<void>): () => Promise<void> {
  let running: Promise<void> | undefined;
  let again = false;
  return () => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        await task();
      } while (again);
      running = undefined;
    })();
    return running;
  };
}

/** Rebuilds the data on every save under data/, and reloads the page on every save of a chapter. */
export function watchEditorFiles({ server, root, logger, refreshContent }: WatchOptions): { rebuildData: () => Promise<void>; reloadChapters: () => Promise<void> } {
  let lastReport = '';
  let lastChapters = '';
  /** Re-checks every chapter against the current datasets; prints the list only when it changed. */
  const checkAll = (): void => {
    let problems: EditorProblem[];
    try {
      problems = checkChaptersIn(root);
    } catch (error) {
      problems = [{ file: 'content/chapters', message: `content/chapters could not be checked: ${(error as Error).message}` }];
    }
    setProblems('chapters', problems);
    const report = problems.map((p) => p.message).join('\n');
    if (report !== lastChapters && report !== '') logger.error(`\n${report}\n\n${problems.length} problem${problems.length === 1 ? '' : 's'} in the chapters.`);
    lastChapters = report;
  };
  checkAll();
  const dataRun = async (): Promise<void> => {
    const started = performance.now();
    const run = await runDataBuild(root);
    const problems = run.crash ? [{ file: 'scripts/build-data.ts', message: `scripts/build-data.ts crashed: ${run.crash}` }] : run.problems.map(toEditorProblem);
    setProblems('data', problems);
    if (problems.length > 0) {
      const report = run.crash ?? formatReport(run.problems, 'the site keeps the last good data until you fix them');
      // Each report once: a save that changes nothing about the problems does not repeat them.
      if (report !== lastReport) logger.error(`\n${report}`);
      lastReport = report;
    } else {
      lastReport = '';
      // Frontmatter is validated when content syncs: make it re-read the ids (content.config.ts clears its store on this flag).
      await refreshContent?.({ context: { dataChanged: true } });
      logger.info(`data rebuilt in ${Math.round(performance.now() - started)} ms`);
      checkAll();
    }
    invalidateIdUsers(server, root);
    reload(server);
  };
  const chapterRun = async (): Promise<void> => {
    checkAll();
    // Astro syncs the saved entry but does not reload a server-rendered page for it: sync, then reload.
    await refreshContent?.({});
    invalidateIdUsers(server, root);
    reload(server);
  };
  const rebuildData = serial(dataRun);
  const reloadChapters = serial(chapterRun);
  const onFile = (file: string): void => {
    if (isDataFile(root, file)) void rebuildData();
    else if (isChapterFile(root, file)) void reloadChapters();
  };
  startDataWorker(root);
  server.watcher.add(resolve(root, 'data'));
  server.watcher.on('change', onFile);
  server.watcher.on('add', onFile);
  server.watcher.on('unlink', onFile);
  server.httpServer?.once('close', () => void stopDataBuild());
  return { rebuildData, reloadChapters };
}

type Warning = { code?: string; message: string };

/** Drops the warning @astrojs/mdx causes on every chapter ("use astro:head-inject" directive, harmless: the output is the same with or without it); passes on the rest. */
export function quietBuild(warning: Warning, warn: (warning: Warning) => void): void {
  if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
  warn(warning);
}

/** The Astro integration: the dev data watcher and overlay middleware, and a quiet build. */
export function editorLoop(): AstroIntegration {
  let root = process.cwd();
  let command = 'build';
  let site = 'https://example.org';
  return {
    name: 'zhetysu:editor-loop',
    hooks: {
      'astro:config:setup': ({ command: cmd, config, addMiddleware, updateConfig }) => {
        root = fileURLToPath(config.root);
        command = cmd;
        site = config.site ?? site;
        updateConfig({ vite: { build: { rolldownOptions: { onwarn: quietBuild } } } });
        if (cmd === 'dev') addMiddleware({ entrypoint: new URL('./dev-problems-middleware.ts', import.meta.url), order: 'pre' });
      },
      'astro:config:done': () => {
        if (command !== 'build') return;
        // Before content sync and MDX compilation, so one run reports the problems of every chapter, frontmatter and body.
        const problems = checkChaptersIn(root);
        if (problems.length > 0) throw new Error(`${problems.length} problem${problems.length === 1 ? '' : 's'} in the chapters:\n${problems.map((p) => p.message).join('\n')}`);
      },
      'astro:build:done': ({ dir, logger }) => {
        const problems = chapterLinkProblems(root, fileURLToPath(dir), site);
        if (problems.length > 0) throw new Error(`${problems.length} broken link${problems.length === 1 ? '' : 's'} in the chapters:\n${problems.join('\n')}`);
        logger.info('chapter links and anchors: all resolve');
      },
      'astro:server:setup': ({ server, logger, refreshContent }) => {
        watchEditorFiles({ server, root, logger, refreshContent });
      },
    },
  };
}
