import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontFiles, svgToPng } from './png.ts';
import { renderJob } from './png-render.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

let cacheDir = '';
beforeEach(() => {
  cacheDir = mkdtempSync(join(tmpdir(), 'png-test-'));
  vi.stubEnv('PNG_CACHE_DIR', cacheDir);
});
afterEach(() => {
  vi.unstubAllEnvs();
  rmSync(cacheDir, { recursive: true, force: true });
});

const pngs = () => readdirSync(cacheDir).filter((name) => name.endsWith('.png'));

describe('fontFiles', () => {
  it('fontFiles are the bundled Noto Sans faces, present without any download', () => {
    for (const file of fontFiles()) expect(existsSync(file), file).toBe(true);
  });
});

describe('svgToPng', () => {
  it('svgToPng scales to the requested width keeping the aspect ratio', async () => {
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="50" height="50" fill="var(--c-blue)"/></svg>', { width: 400 });
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 400, height: 200 });
  });

  it('svgToPng draws text with the bundled font (an SVG of only text is not blank)', async () => {
    const blank = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"></svg>', { width: 200 });
    const text = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><text x="4" y="28" font-size="24" font-family="var(--font-body)" fill="var(--fg)">Zhetysu 2022</text></svg>', { width: 200 });
    expect(text.length).toBeGreaterThan(blank.length + 300);
  });

  it('svgToPng names a colour token that tokens.css lacks', async () => {
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect fill="var(--nope)"/></svg>', { width: 1 })).rejects.toThrow(/--nope/);
  });

  it('svgToPng stores each image once and reads it back on the next call (same bytes, no new file)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 50"><text x="2" y="30" font-size="20">Қазақстан</text></svg>';
    const first = await svgToPng(svg, { width: 100 });
    expect(pngs()).toHaveLength(1);
    const second = await svgToPng(svg, { width: 100 });
    expect(second).toEqual(first);
    expect(pngs()).toHaveLength(1);
    // Another width is another image.
    await svgToPng(svg, { width: 120 });
    expect(pngs()).toHaveLength(2);
  });

  it('svgToPng renders without a cache when PNG_CACHE=off', async () => {
    vi.stubEnv('PNG_CACHE', 'off');
    const png = await svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="5" height="5"/></svg>', { width: 10 });
    expect(pngSize(png)).toEqual({ width: 10, height: 10 });
    expect(pngs()).toHaveLength(0);
  });

  it('svgToPng gives the same bytes on worker threads as on the calling thread (PNG_WORKERS=0)', async () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 40"><text x="2" y="30" font-size="20" font-weight="700">Roads – 2025</text></svg>';
    vi.stubEnv('PNG_CACHE', 'off');
    const pooled = await svgToPng(svg, { width: 160 });
    vi.stubEnv('PNG_WORKERS', '0');
    expect(await svgToPng(svg, { width: 160 })).toEqual(pooled);
  });

  it('svgToPng draws a character outside the subset faces with the full faces', async () => {
    // Greek is in Noto Sans but not in the subset: drawn with the subset it would be missing.
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><text x="2" y="30" font-size="24" fill="#000">ΩΣΔ</text></svg>';
    const png = await svgToPng(svg, { width: 120, tokens: { bg: '#ffffff' } });
    const full = renderJob({ svg, width: 120, background: '#ffffff', fontFiles: fontFiles(), fontFamily: 'Noto Sans' });
    expect(png).toEqual(full);
  });

  it('svgToPng rejects PNG_WORKERS that is not a whole number', async () => {
    vi.stubEnv('PNG_WORKERS', 'two');
    await expect(svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>', { width: 1 })).rejects.toThrow(/PNG_WORKERS must be a whole number ≥ 0.*"two"/);
  });
});
