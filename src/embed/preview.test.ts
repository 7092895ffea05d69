import { describe, expect, it } from 'vitest';
import { embedPages } from './pages.ts';
import { previewPath, previewSvg } from './preview.ts';

const model = embedPages()[0]!;

describe('previewSvg', () => {
  it('previewSvg writes every colour in, since an <img> SVG sees no CSS variables', () => {
    const svg = previewSvg(model, 'example.org', 'light');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('fill="#ffffff"');
  });

  it('previewSvg draws the dark preview on the dark background, the same graphic otherwise', () => {
    const [light, dark] = [previewSvg(model, 'example.org', 'light'), previewSvg(model, 'example.org', 'dark')];
    expect(dark).not.toBe(light);
    expect(dark).toContain('fill="#121212"');
    expect(dark.match(/<text/g)?.length).toBe(light.match(/<text/g)?.length);
  });
});

describe('previewPath', () => {
  it('previewPath names one file per embed and theme', () => {
    expect(previewPath('roads', 'dark')).toBe('/embed/roads/preview-dark.svg');
  });
});
