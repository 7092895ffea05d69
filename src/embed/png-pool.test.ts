import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { PngPool } from './png-pool.ts';
import { fontFiles } from './png-fonts.ts';
import { renderJob } from './png-render.ts';

const WORKER = resolve(import.meta.dirname, 'png-worker.ts');
const job = (label: string) => ({
  svg: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 30"><text x="2" y="22" font-size="18">${label}</text></svg>`,
  width: 120,
  background: '#ffffff',
  fontFiles: fontFiles(),
  fontFamily: 'Noto Sans',
});

describe('PngPool', () => {
  it('PngPool renders more jobs than it has workers, each the same bytes as on the calling thread', async () => {
    const pool = new PngPool(WORKER, 2);
    try {
      const labels = ['one', 'two', 'three', 'four', 'five'];
      const pngs = await Promise.all(labels.map((label) => pool.render(job(label))));
      pngs.forEach((png, i) => expect(png).toEqual(renderJob(job(labels[i] as string))));
    } finally {
      await pool.close();
    }
  });

  it('PngPool rejects a job resvg cannot parse with a message naming the SVG, and goes on with the next', async () => {
    const pool = new PngPool(WORKER, 1);
    try {
      await expect(pool.render({ ...job('x'), svg: '<svg xmlns="http://www.w3.org/2000/svg"><text>broken' })).rejects.toThrow(/resvg could not render a 120 px PNG of an SVG of \d+ characters \("<svg xmlns/);
      expect((await pool.render(job('after'))).length).toBeGreaterThan(100);
    } finally {
      await pool.close();
    }
  });

  it('PngPool names the worker script when it cannot start', async () => {
    const pool = new PngPool(resolve(import.meta.dirname, 'no-such-worker.ts'), 1);
    try {
      await expect(pool.render(job('x'))).rejects.toThrow(/no-such-worker\.ts/);
    } finally {
      await pool.close();
    }
  });

  it('PngPool needs at least one worker', () => {
    expect(() => new PngPool(WORKER, 0)).toThrow(/size must be a whole number ≥ 1; received 0/);
  });
});
