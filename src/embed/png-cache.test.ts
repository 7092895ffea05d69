import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PngCache, pngCacheDir, pngKey } from './png-cache.ts';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
let dir = '';
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'png-cache-test-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('pngCacheDir', () => {
  it('pngCacheDir is .cache/png under the root, PNG_CACHE_DIR (relative to the root or absolute), or null when off', () => {
    expect(pngCacheDir('/p', {})).toBe('/p/.cache/png');
    expect(pngCacheDir('/p', { PNG_CACHE_DIR: 'tmp/c' })).toBe('/p/tmp/c');
    expect(pngCacheDir('/p', { PNG_CACHE_DIR: '/abs' })).toBe('/abs');
    expect(pngCacheDir('/p', { PNG_CACHE: 'off', PNG_CACHE_DIR: '/abs' })).toBeNull();
  });
});

describe('pngKey', () => {
  it('pngKey is 64 hex digits, independent of the order of the parts, and changes with any part', () => {
    const key = pngKey({ svg: '<svg/>', width: 100 });
    expect(key).toMatch(/^[0-9a-f]{64}$/);
    expect(pngKey({ width: 100, svg: '<svg/>' })).toBe(key);
    expect(pngKey({ svg: '<svg/>', width: 101 })).not.toBe(key);
    expect(pngKey({ svg: '<svg />', width: 100 })).not.toBe(key);
  });
});

describe('PngCache', () => {
  it('PngCache.get returns what put stored, and undefined for an unknown key', () => {
    const cache = new PngCache(dir);
    const key = pngKey({ a: 1 });
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, PNG);
    expect(cache.get(key)).toEqual(PNG);
    expect(readdirSync(dir)).toEqual([`${key}.png`]);
  });

  it('PngCache.get treats a file that is not a PNG as a miss', () => {
    const key = pngKey({ a: 2 });
    writeFileSync(join(dir, `${key}.png`), 'half');
    expect(new PngCache(dir).get(key)).toBeUndefined();
  });

  it('PngCache refuses a key that is not a pngKey', () => {
    expect(() => new PngCache(dir).put('../x', PNG)).toThrow(/64 hex digits.*"\.\.\/x"/);
  });

  it('PngCache removes entries unread for 30 days when opened, and keeps the others', () => {
    const old = pngKey({ a: 3 });
    const fresh = pngKey({ a: 4 });
    const cache = new PngCache(dir);
    cache.put(old, PNG);
    cache.put(fresh, PNG);
    const longAgo = new Date(Date.now() - 31 * 24 * 3600 * 1000);
    utimesSync(join(dir, `${old}.png`), longAgo, longAgo);
    new PngCache(dir);
    expect(existsSync(join(dir, `${old}.png`))).toBe(false);
    expect(existsSync(join(dir, `${fresh}.png`))).toBe(true);
  });
});
