// Starts `astro dev` in a project folder on a free port and resolves once it serves; stop() ends it and its children.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface DevServer {
  url: string;
  /** Everything the server printed so far (stdout and stderr). */
  log(): string;
  stop(): Promise<void>;
}

const freePort = (): Promise<number> =>
  new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => done(port));
    });
  });

/** Runs the project's own astro (with the Node running the tests, which is 24 under npm) and waits for its first page. */
export async function startDev(root: string, env: NodeJS.ProcessEnv, timeoutMs = 90_000): Promise<DevServer> {
  const port = await freePort();
  // Vitest's NODE_ENV=test and VITEST* variables make astro dev serve nothing: give it the editor's environment.
  const clean = Object.fromEntries(Object.entries(env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')));
  const child: ChildProcess = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'dev', '--port', String(port), '--host', '127.0.0.1'], {
    cwd: root, env: { ...clean, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true,
  });
  let text = '';
  child.stdout?.on('data', (c: Buffer) => (text += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (text += c.toString()));
  let url = `http://127.0.0.1:${port}`;
  const stop = (): Promise<void> =>
    new Promise((done) => {
      if (child.exitCode !== null || child.pid === undefined) return done();
      child.once('exit', () => done());
      process.kill(-child.pid, 'SIGTERM');
    });
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`astro dev exited (${child.exitCode}):\n${text}`);
    // Astro moves to another port when the one asked for is taken: read the one it serves on.
    const local = /Local\s+(http:\/\/[^\s/]+)/.exec(text.replace(/\x1b\[[0-9;]*m/g, ''));
    if (local?.[1]) {
      url = local[1];
      break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`astro dev did not start in ${timeoutMs} ms:\n${text}`);
    }
    // Wakes on the next output or the exit, whichever comes first.
    await new Promise((r) => {
      child.stdout?.once('data', r);
      child.once('exit', r);
    });
  }
  return { url, log: () => text, stop };
}
