import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fontFiles, imageFaces, IMAGE_TEXT_RANGES, subsetCovers, subsetFace, svgText } from './png-fonts.ts';
import { renderJob } from './png-render.ts';

describe('svgText', () => {
  it('svgText keeps text content, drops markup, attributes and comments, decodes entities', () => {
    expect(svgText('<svg aria-label="Ω"><!-- Ж --><title>A &amp; B</title><text x="1">&#1178;&#x4e9; &lt;5&gt; &nbsp;</text></svg>')).toBe('A & BҚө <5> \u00a0');
  });
});

describe('subsetCovers', () => {
  it('subsetCovers accepts Latin, Kazakh Cyrillic, punctuation and ₸, and refuses Greek or CJK', () => {
    expect(subsetCovers('Taldykorgan – «Жетісу» 2022, 12 ₸ № 5 − 3 ≈ 2\n')).toBe(true);
    expect(subsetCovers('ӘҒҚҢӨҰҮҺІәғқңөұүһі')).toBe(true);
    expect(subsetCovers('Ω')).toBe(false);
    expect(subsetCovers('北')).toBe(false);
  });
});

describe('subsetFace', () => {
  it('subsetFace cuts Noto Sans to the ranges and draws their text with the same pixels as the full face', async () => {
    const [regular, bold] = fontFiles();
    const full = readFileSync(regular as string);
    const cut = await subsetFace(full, IMAGE_TEXT_RANGES);
    expect(cut.length).toBeLessThan(full.length / 3);
    const dir = mkdtempSync(join(tmpdir(), 'subset-test-'));
    try {
      const { subset } = await imageFaces(process.cwd(), dir);
      const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 60"><text x="4" y="26" font-size="20">Taldykorgan — “Жетісу” AVAY fi</text><text x="4" y="52" font-size="20" font-weight="700">Қазақстан 2022 ₸</text></svg>';
      const job = { svg, width: 400, background: '#ffffff', fontFamily: 'Noto Sans' };
      expect(renderJob({ ...job, fontFiles: subset.files })).toEqual(renderJob({ ...job, fontFiles: [regular as string, bold as string] }));
      for (const file of subset.files) expect(statSync(file).size).toBeLessThan(full.length / 3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('subsetFace says so when the bytes are not a font', async () => {
    await expect(subsetFace(new Uint8Array([1, 2, 3, 4]), IMAGE_TEXT_RANGES)).rejects.toThrow(/subsetFace: HarfBuzz/);
  });
});
