import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrast, luminance } from './contrast.ts';
import { tokensFrom } from '../../embed/tokens.ts';

const css = readFileSync(new URL('../../styles/tokens.css', import.meta.url), 'utf8');
// The print block's selector list, unique in tokens.css.
const PRINT = ':root, :root:not([data-theme="light"]), :root[data-theme="dark"]';
const light = tokensFrom(css);
const tokens = {
  light,
  dark: { ...light, ...tokensFrom(css, ':root[data-theme="dark"]') },
  // Print forces the light page whatever the reader's theme, so marks are checked on paper white too.
  print: { ...light, ...tokensFrom(css, PRINT) },
};
// Text tokens carry words (4.5:1); mark tokens carry data shapes and meaningful lines (3:1).
const textTokens = ['fg', 'muted', 'accent'];

describe('contrast', () => {
  it('contrast(black, white) is 21 and contrast(x, x) is 1', () => {
    expect(contrast('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#0072b2', '#0072b2')).toBe(1);
  });
  it('luminance(bad colour) throws a clear error', () => {
    expect(() => luminance('blue')).toThrow('luminance: expected a colour like #0072b2; received "blue".');
  });
});

describe('tokens.css palette', () => {
  for (const theme of ['light', 'dark', 'print'] as const) {
    const set = tokens[theme];
    const bg = set['bg'] ?? '';
    for (const name of textTokens) {
      it(`tokens.css ${theme}: --${name} text has ≥ 4.5:1 contrast on --bg`, () => {
        expect(contrast(set[name] ?? '', bg)).toBeGreaterThanOrEqual(4.5);
      });
    }
    const marks = [...Object.keys(set).filter((k) => k.startsWith('c-')), 'rule', 'focus'];
    for (const name of marks) {
      it(`tokens.css ${theme}: --${name} marks have ≥ 3:1 contrast on --bg`, () => {
        expect(contrast(set[name] ?? '', bg)).toBeGreaterThanOrEqual(3);
      });
    }
  }
  it('tokens.css defines the same colour tokens in light and dark, and print restores every light colour', () => {
    expect(Object.keys(tokens.dark).sort()).toEqual(Object.keys(tokens.light).sort());
    const printBlock = tokensFrom(css, PRINT);
    for (const name of Object.keys(light).filter((k) => k.startsWith('c-'))) expect(printBlock[name]).toBe(light[name]);
    expect(Object.keys(tokens.light).filter((k) => k.startsWith('c-')).length).toBeGreaterThanOrEqual(6);
  });
});

describe('page-tokens.css', () => {
  const pageCss = readFileSync(new URL('../../styles/page-tokens.css', import.meta.url), 'utf8');
  const pageLight = tokensFrom(pageCss);
  const page = {
    light: { ...light, ...pageLight },
    dark: { ...tokens.dark, ...pageLight, ...tokensFrom(pageCss, ':root[data-theme="dark"]') },
    print: { ...tokens.print, ...pageLight, ...tokensFrom(pageCss, PRINT) },
  };
  const highlights = Object.keys(pageLight).filter((k) => k.startsWith('hl-'));
  it('page-tokens.css gives every speech highlight a dark and a print colour, and names none tokens.css already has', () => {
    expect(highlights.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(tokensFrom(pageCss, ':root[data-theme="dark"]')).sort()).toEqual(highlights.sort());
    expect(Object.keys(tokensFrom(pageCss, PRINT)).sort()).toEqual(highlights.sort());
    expect(Object.keys(pageLight).filter((k) => k in light)).toEqual([]);
  });
  for (const theme of ['light', 'dark', 'print'] as const) {
    for (const name of highlights) {
      it(`page-tokens.css ${theme}: --fg text has ≥ 4.5:1 contrast on --${name}`, () => {
        expect(contrast(page[theme]['fg'] ?? '', page[theme][name] ?? '')).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});
