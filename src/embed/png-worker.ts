// A PNG worker thread (started by png-pool.ts): renders each job it is sent and posts the bytes back.
import { parentPort } from 'node:worker_threads';
import { renderJob, type PngJob } from './png-render.ts';

export interface PngReply {
  id: number;
  png?: Uint8Array;
  error?: string;
}

parentPort?.on('message', ({ id, job }: { id: number; job: PngJob }) => {
  try {
    const png = renderJob(job);
    parentPort?.postMessage({ id, png } satisfies PngReply, [png.buffer as ArrayBuffer]);
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies PngReply);
  }
});
