import { describe, expect, it } from 'vitest';
import { embedHeight, EMBED_LAYOUT as L } from './height.ts';

const input = { title: 'Short title', caption: '', graphic: { width: 640, height: 320 }, footer: [] as string[], table: false };

describe('embedHeight', () => {
  it('embedHeight adds padding, a one-line title and the graphic scaled to the inner width', () => {
    expect(embedHeight(input, 664)).toBe(Math.ceil(2 * L.padding + L.titleLine + L.titleGap + 320 + L.gap));
  });

  it('embedHeight grows with the lines a long title and caption wrap to', () => {
    const long = { ...input, title: 'word '.repeat(40), caption: 'word '.repeat(80) };
    expect(embedHeight(long, 400)).toBeGreaterThan(embedHeight(input, 400) + 3 * L.titleLine + 3 * L.smallLine);
  });

  it('embedHeight counts the table disclosure and each footer line', () => {
    const more = { ...input, table: true, footer: ['Source: the speech', 'Get the data'] };
    const added = L.gap + L.smallLine + 2 * L.footLine + L.footGap;
    expect(Math.abs(embedHeight(more, 664) - embedHeight(input, 664) - added)).toBeLessThanOrEqual(1);
  });

  it('embedHeight shrinks the graphic with the frame', () => {
    expect(embedHeight(input, 344)).toBeLessThan(embedHeight(input, 664));
  });
});
