// Serves a dist folder through Debian's real nginx on a loopback port, with the generated snippet
// included in a server block that already has its own `location /`, as a newsroom's would.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const NGINX = '/usr/sbin/nginx';

export interface NginxServer {
  origin: string;
  /** The config nginx runs with, for the failure message. */
  config: string;
  close(): Promise<void>;
}

/** A free loopback port (asked of the kernel, then released for nginx). */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** nginx.conf for `root`, the stock Debian mime.types and the snippet included in the server block. */
export function nginxConfig(dir: string, root: string, port: number, snippet: string): string {
  return `daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi; uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    index index.html;
    # The host's own catch-all, which the snippet must live beside.
    location / { try_files $uri $uri/ =404; }
    include ${snippet};
  }
}
`;
}

/** `nginx -t` on a config: the output, and whether it passed. */
export function testConfig(config: string): { ok: boolean; output: string } {
  const run = spawnSync(NGINX, ['-t', '-c', config], { encoding: 'utf8' });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

/** Starts nginx on `root` with the snippet file; throws with nginx's words when the config fails. */
export async function startNginx(root: string, snippetText: string): Promise<NginxServer> {
  const dir = mkdtempSync(join(tmpdir(), 'zhetysu-nginx-'));
  const snippet = join(dir, 'zhetysu-headers.conf');
  writeFileSync(snippet, snippetText);
  const port = await freePort();
  const config = join(dir, 'nginx.conf');
  writeFileSync(config, nginxConfig(dir, root, port, snippet));
  const checked = testConfig(config);
  if (!checked.ok) throw new Error(`nginx -t failed:\n${checked.output}`);
  const child = spawn(NGINX, ['-c', config], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  // Ready when it answers; nginx binds within milliseconds, so a short poll loop, not a sleep.
  for (let i = 0; i < 200; i += 1) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${readFileSync(join(dir, 'error.log'), 'utf8')}`);
    if (await fetch(`${origin}/`).then(() => true, () => false)) break;
    await new Promise((r) => setImmediate(r));
  }
  return {
    origin,
    config,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
