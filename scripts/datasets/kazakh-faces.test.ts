import { readFileSync } from 'node:fs';
import { fontace } from 'fontace';
import { describe, expect, it } from 'vitest';
import { cutFace, KAZAKH_LETTERS, kazakhFace, mappedCodePoints, unicodeRange } from './kazakh-faces.ts';

const root = process.cwd();
const css = readFileSync('src/styles/fonts.css', 'utf8');
/** fonts.css's @font-face blocks in order, as [family, file, unicode-range]. */
const faces = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = '']) => [
  /font-family:\s*"([^"]+)"/.exec(body)?.[1] ?? '', /url\("([^"]+)"\)/.exec(body)?.[1] ?? '', /unicode-range:\s*([^;]+);/.exec(body)?.[1] ?? '',
]);

describe('kazakh-faces', () => {
  it('unicodeRange joins consecutive code points and sorts them', () => {
    expect(unicodeRange('қҚәӘ')).toBe('U+049A-049B, U+04D8-04D9');
    expect(unicodeRange('a')).toBe('U+0061');
  });
  it('mappedCodePoints reads fontace ranges', () => {
    expect([...mappedCodePoints(['U+41-43', 'U+4D8'])]).toEqual([0x41, 0x42, 0x43, 0x4d8]);
  });
  it('fonts.css declares each Kazakh face with exactly the cut letters, after the Cyrillic Extended face of its family', () => {
    for (const family of ['Noto Sans Variable', 'Noto Serif Variable']) {
      const mine = faces.filter(([f]) => f === family);
      const kazakh = mine.findIndex(([, url]) => url?.includes('kazakh'));
      const ext = mine.findIndex(([, url]) => url?.includes('cyrillic-ext'));
      expect(kazakh, family).toBeGreaterThan(ext);
      expect(ext, family).toBeGreaterThanOrEqual(0);
      expect(mine[kazakh]?.[2]).toBe(unicodeRange(KAZAKH_LETTERS));
      expect(mine[kazakh]?.[1]).toBe(`../${kazakhFace(family.includes('Serif') ? 'serif' : 'sans').slice('src/'.length)}`);
    }
  });
  it('cutFace(serif) gives a variable woff2 with every Kazakh letter and nothing of Russian', async () => {
    const { bytes, problems } = await cutFace(root, 'serif');
    expect(problems).toEqual([]);
    const meta = fontace(Buffer.from(bytes ?? []));
    expect([meta.format, meta.weight, meta.isVariable]).toEqual(['woff2', '100 900', true]);
    const mapped = mappedCodePoints(meta.unicodeRangeArray);
    expect([...KAZAKH_LETTERS].every((c) => mapped.has(c.codePointAt(0) ?? 0))).toBe(true);
    expect(mapped.has('Ж'.codePointAt(0) ?? 0)).toBe(false);
    expect(bytes?.length).toBeLessThan(8000);
  });
  it('cutFace names a letter the source face lacks, and a source that is not there', async () => {
    const lacking = await cutFace(root, 'sans', 'әЖ');
    expect(lacking.problems.map((p) => [p.field, p.received])).toEqual([['cmap', 'no glyph for Ж']]);
    const none = await cutFace('/nonexistent', 'sans');
    expect(none.problems[0]).toMatchObject({ file: 'node_modules/@fontsource-variable/noto-sans/files/noto-sans-cyrillic-ext-wght-normal.woff2', expected: 'the fontsource Noto face' });
  });
});
