import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { fontFiles, svgToPng } from './png.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('fontFiles', () => {
  it('fontFiles are the bundled Noto Sans faces, present without any download', () => {
    for (const file of fontFiles()) expect(existsSync(file), file).toBe(true);
  });
});

describe('svgToPng', () => {
  it('svgToPng scales to the requested width keeping the aspect ratio', () => {
    const png = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100"><rect width="50" height="50" fill="var(--c-blue)"/></svg>', { width: 400 });
    expect([...png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(png)).toEqual({ width: 400, height: 200 });
  });

  it('svgToPng draws text with the bundled font (an SVG of only text is not blank)', () => {
    const blank = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"></svg>', { width: 200 });
    const text = svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 40"><text x="4" y="28" font-size="24" font-family="var(--font-body)" fill="var(--fg)">Zhetysu 2022</text></svg>', { width: 200 });
    expect(text.length).toBeGreaterThan(blank.length + 300);
  });

  it('svgToPng names a colour token that tokens.css lacks', () => {
    expect(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect fill="var(--nope)"/></svg>', { width: 1 })).toThrow(/--nope/);
  });
});
