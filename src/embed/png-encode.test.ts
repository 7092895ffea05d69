import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { encodeOpaquePng, isOpaque } from './png-encode.ts';

/** Pixels of `png` as resvg decodes it, drawn 1:1 on a transparent canvas. */
function decode(png: Uint8Array, width: number, height: number): Uint8Array {
  const href = `data:image/png;base64,${Buffer.from(png).toString('base64')}`;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" href="${href}"/></svg>`;
  return new Uint8Array(new Resvg(svg, { logLevel: 'off' }).render().pixels);
}

/** A 7 × 5 test pattern of distinct opaque colours. */
function pattern(width = 7, height = 5): Uint8Array {
  const px = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++) px.set([(i * 37) % 256, (i * 91) % 256, (i * 53 + 7) % 256, 255], i * 4);
  return px;
}

describe('encodeOpaquePng', () => {
  it('encodeOpaquePng writes an RGB PNG that decodes to the same pixels', () => {
    const px = pattern();
    const png = encodeOpaquePng(7, 5, px);
    const view = new DataView(png.buffer, png.byteOffset);
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([7, 5, 8, 2]);
    expect(decode(png, 7, 5)).toEqual(px);
  });

  it('encodeOpaquePng refuses a transparent pixel, a wrong byte count and a zero size, saying what it received', () => {
    const px = pattern();
    px[3] = 128;
    expect(() => encodeOpaquePng(7, 5, px)).toThrow(/transparent pixels/);
    expect(() => encodeOpaquePng(7, 5, pattern(7, 4))).toThrow(/need 140 RGBA bytes; received 112/);
    expect(() => encodeOpaquePng(0, 5, new Uint8Array(0))).toThrow(/received 0 × 5/);
  });
});

describe('isOpaque', () => {
  it('isOpaque is false as soon as one alpha byte is below 255', () => {
    const px = pattern();
    expect(isOpaque(px)).toBe(true);
    px[px.length - 1] = 254;
    expect(isOpaque(px)).toBe(false);
  });
});
