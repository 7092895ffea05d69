// A content-addressed folder of rendered PNGs (default .cache/png/, git-ignored): the key names the
// SVG, size, background, faces and resvg version, so a hit is the same bytes a render would give.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';

/** Entries no build has read for this long are removed when a build first opens the cache. */
const STALE_MS = 30 * 24 * 3600 * 1000;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/**
 * The cache folder: PNG_CACHE_DIR (absolute, or relative to `root`) or `<root>/.cache/png`;
 * null when PNG_CACHE=off, so every image is rendered.
 */
export function pngCacheDir(root: string, env: NodeJS.ProcessEnv = process.env): string | null {
  if (env['PNG_CACHE'] === 'off') return null;
  const dir = env['PNG_CACHE_DIR'];
  if (dir === undefined || dir === '') return resolve(root, '.cache/png');
  return isAbsolute(dir) ? dir : resolve(root, dir);
}

/** The cache key: a SHA-256 of every input that changes the pixels or the encoding. */
export function pngKey(parts: Record<string, string | number>): string {
  return createHash('sha256').update(JSON.stringify(Object.entries(parts).sort(([a], [b]) => a.localeCompare(b)))).digest('hex');
}

export class PngCache {
  readonly dir: string;

  constructor(dir: string) {
    this.dir = dir;
    mkdirSync(dir, { recursive: true });
    this.#prune();
  }

  /** The cached PNG for `key`, or undefined; a hit is touched so pruning keeps it. */
  get(key: string): Uint8Array | undefined {
    const file = this.#file(key);
    let bytes: Uint8Array;
    try {
      const buffer = readFileSync(file);
      bytes = new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
    } catch {
      return undefined;
    }
    // A file that is not a PNG (a disk error, a hand edit) is a miss; the render overwrites it.
    if (bytes.length < 8 || PNG_SIGNATURE.some((b, i) => bytes[i] !== b)) return undefined;
    const now = new Date();
    utimesSync(file, now, now);
    return bytes;
  }

  put(key: string, png: Uint8Array): void {
    const file = this.#file(key);
    // Written aside, then renamed: a reader never sees half a file, even with two builds at once.
    const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    writeFileSync(tmp, png);
    renameSync(tmp, file);
  }

  #file(key: string): string {
    if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`PngCache: a key is 64 hex digits (pngKey); received ${JSON.stringify(key)}.`);
    return join(this.dir, `${key}.png`);
  }

  #prune(): void {
    const cutoff = Date.now() - STALE_MS;
    for (const name of readdirSync(this.dir)) {
      if (!name.endsWith('.png') && !name.endsWith('.tmp')) continue;
      const file = join(this.dir, name);
      try {
        if (statSync(file).mtimeMs < cutoff) rmSync(file, { force: true });
      } catch {
        // Another build removed or renamed it meanwhile: nothing to prune.
      }
    }
  }
}
