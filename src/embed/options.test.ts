import { describe, expect, it } from 'vitest';
import { codeFor } from './options.ts';

const target = { site: 'https://s.example', id: 'roads', title: 'Roads', height: 300 };

describe('codeFor', () => {
  it('codeFor rewrites the iframe code, the address and the AMP code for the chosen options', () => {
    expect(codeFor('iframe', { ...target, theme: 'dark', transparent: true }, 'Roads')).toContain('src="https://s.example/embed/roads/?theme=dark&amp;transparent=1"');
    expect(codeFor('url', { ...target, theme: 'light' }, 'Roads')).toBe('https://s.example/embed/roads/?theme=light');
    expect(codeFor('amp', { ...target, transparent: true }, 'Roads')).toContain('<amp-iframe src="https://s.example/embed/roads/?transparent=1"');
  });

  it('codeFor leaves boxes of other kinds alone', () => {
    expect(codeFor('image', target, 'Roads')).toBeNull();
  });
});
