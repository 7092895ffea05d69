import { describe, expect, it } from 'vitest';
import { darkTokens, lightTokens, resolveVariables, tokensFrom } from './tokens.ts';

describe('tokensFrom', () => {
  it('tokensFrom reads the custom properties of the :root block only', () => {
    const css = ':root {\n  --bg: #fff; /* 7:1 on --fg */\n  --rule: #8a8a8a; /* 3.5:1 on --bg: axes */\n  --c-blue: #0072b2;\n}\n:root[data-theme="dark"] { --bg: #000; }';
    expect(tokensFrom(css)).toEqual({ bg: '#fff', rule: '#8a8a8a', 'c-blue': '#0072b2' });
  });

  it('tokensFrom says which block is missing', () => {
    expect(() => tokensFrom('body {}')).toThrow(/no ":root \{" block/);
  });
});

describe('lightTokens', () => {
  it('lightTokens reads the project tokens with the light background and text', () => {
    const tokens = lightTokens();
    expect(tokens['bg']).toBe('#ffffff');
    expect(tokens['fg']).toMatch(/^#[0-9a-f]{6}$/);
  });
});

describe('resolveVariables', () => {
  const tokens = { fg: '#111', 'c-blue': '#0072b2' };

  it('resolveVariables replaces tokens in attributes and styles', () => {
    expect(resolveVariables('<rect fill="var(--c-blue)" style="stroke: var(--fg)"/>', tokens)).toBe('<rect fill="#0072b2" style="stroke: #111"/>');
  });

  it('resolveVariables uses the fallback of an unknown token, even a list or a nested var()', () => {
    expect(resolveVariables('font-family="var(--font-x, system-ui, sans-serif)"', tokens)).toBe('font-family="system-ui, sans-serif"');
    expect(resolveVariables('fill="var(--nope, var(--fg))"', tokens)).toBe('fill="#111"');
  });

  it('resolveVariables keeps quoted font names inside a double-quoted attribute', () => {
    expect(resolveVariables('font-family="var(--font)"', { font: 'system-ui, "Noto Sans", sans-serif' })).toBe(`font-family="system-ui, 'Noto Sans', sans-serif"`);
  });

  it('resolveVariables names a token that has no value and no fallback', () => {
    expect(() => resolveVariables('fill="var(--nope)"', tokens)).toThrow(/"var\(--nope\)" names no token/);
  });
});

describe('darkTokens', () => {
  it('darkTokens overrides the light colours with the dark theme block and keeps the rest', () => {
    const [light, dark] = [lightTokens(), darkTokens()];
    expect(dark['bg']).not.toBe(light['bg']);
    expect(dark['fg']).not.toBe(light['fg']);
    expect(dark['font-body']).toBe(light['font-body']);
  });
});
