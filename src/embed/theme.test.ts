import { describe, expect, it } from 'vitest';
import { embedOptions, initialTheme, themeFromHost } from './theme.ts';

describe('embedOptions', () => {
  it('embedOptions("") gives auto theme and an opaque background', () => {
    expect(embedOptions('')).toEqual({ theme: null, transparent: false });
  });

  it('embedOptions reads theme and transparent', () => {
    expect(embedOptions('?theme=dark&transparent=1')).toEqual({ theme: 'dark', transparent: true });
    expect(embedOptions('?theme=light&transparent=true')).toEqual({ theme: 'light', transparent: true });
    expect(embedOptions('?theme=auto')).toEqual({ theme: null, transparent: false });
  });

  it('embedOptions ignores unknown values and keeps pym parameters apart', () => {
    expect(embedOptions('?theme=sepia&transparent=yes&childId=c1&initialWidth=600')).toEqual({ theme: null, transparent: false });
  });
});

describe('initialTheme', () => {
  it('initialTheme keeps a theme the URL fixes', () => {
    expect(initialTheme({ theme: 'dark', transparent: false }, true)).toBe('dark');
  });

  it('initialTheme shows an embedded auto graphic light until the host says otherwise', () => {
    expect(initialTheme({ theme: null, transparent: false }, true)).toBe('light');
  });

  it('initialTheme follows the system preference when the page is opened on its own', () => {
    expect(initialTheme({ theme: null, transparent: false }, false)).toBeNull();
  });
});

describe('themeFromHost', () => {
  it('themeFromHost lets the host decide an auto theme', () => {
    expect(themeFromHost({ theme: null, transparent: true }, 'dark', 'light')).toBe('dark');
  });

  it('themeFromHost never overrides a theme the URL fixes', () => {
    expect(themeFromHost({ theme: 'light', transparent: false }, 'dark', 'light')).toBe('light');
  });

  it('themeFromHost keeps the current theme when the host gives none', () => {
    expect(themeFromHost({ theme: null, transparent: false }, null, 'light')).toBe('light');
  });
});
