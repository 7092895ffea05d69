// The data build as a worker thread of the dev server: its modules stay loaded between saves, so a rebuild costs
// the builders' time only (about a second), not Node's start-up and module loading on top.
import { parentPort } from 'node:worker_threads';
import { resolvePaths } from './lib/paths.ts';
import { locate } from './lib/locate.ts';
import { buildData } from './build-data.ts';

parentPort?.on('message', async (root: string) => {
  try {
    const paths = resolvePaths(root, [], process.env);
    const result = await buildData(paths);
    parentPort?.postMessage({ problems: locate(result.problems, paths.root) });
  } catch (error) {
    parentPort?.postMessage({ problems: [], crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
