// Worker threads that rasterise PNGs in parallel, one job per worker at a time, so a build uses every core.
import { Worker } from 'node:worker_threads';
import type { PngJob } from './png-render.ts';
import type { PngReply } from './png-worker.ts';

interface Pending {
  id: number;
  job: PngJob;
  resolve: (png: Uint8Array) => void;
  reject: (error: Error) => void;
}

const describe = (job: PngJob): string => `a ${job.width} px PNG of an SVG of ${job.svg.length} characters (${JSON.stringify(job.svg.slice(0, 80))}…)`;

export class PngPool {
  readonly #file: string | URL;
  readonly #size: number;
  readonly #idle: Worker[] = [];
  readonly #busy = new Map<Worker, Pending>();
  readonly #queue: Pending[] = [];
  #workers = 0;
  #nextId = 0;

  /** `file` is the worker script (png-worker.ts); `size` the most workers running at once. */
  constructor(file: string | URL, size: number) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`PngPool: size must be a whole number ≥ 1; received ${size}.`);
    this.#file = file;
    this.#size = size;
  }

  render(job: PngJob): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, job, resolve, reject });
      this.#pump();
    });
  }

  /** Stops every worker; jobs still queued or running are rejected. */
  async close(): Promise<void> {
    for (const pending of this.#queue.splice(0)) pending.reject(new Error(`PngPool closed before rendering ${describe(pending.job)}.`));
    const workers = [...this.#idle, ...this.#busy.keys()];
    this.#idle.length = 0;
    await Promise.all(workers.map((w) => w.terminate()));
  }

  #pump(): void {
    while (this.#queue.length > 0) {
      const worker = this.#idle.pop() ?? (this.#workers < this.#size ? this.#spawn() : undefined);
      if (worker === undefined) return;
      const pending = this.#queue.shift() as Pending;
      this.#busy.set(worker, pending);
      // A busy worker keeps the process alive until its reply; an idle one never does.
      worker.ref();
      worker.postMessage({ id: pending.id, job: pending.job });
    }
  }

  #spawn(): Worker {
    const worker = new Worker(this.#file);
    this.#workers += 1;
    worker.on('message', (reply: PngReply) => {
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      worker.unref();
      this.#idle.push(worker);
      if (pending !== undefined) {
        if (reply.png) pending.resolve(reply.png);
        else pending.reject(new Error(`resvg could not render ${describe(pending.job)}: ${reply.error ?? 'no reason given'}.`));
      }
      this.#pump();
    });
    worker.on('error', (error) => {
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      pending?.reject(new Error(`The PNG worker ${String(this.#file)} failed while rendering ${describe(pending.job)}: ${error.message}`));
    });
    worker.on('exit', () => {
      this.#workers -= 1;
      const idle = this.#idle.indexOf(worker);
      if (idle >= 0) this.#idle.splice(idle, 1);
      const pending = this.#busy.get(worker);
      this.#busy.delete(worker);
      pending?.reject(new Error(`The PNG worker ${String(this.#file)} exited while rendering ${describe(pending.job)}.`));
      this.#pump();
    });
    return worker;
  }
}
