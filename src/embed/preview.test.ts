import { describe, expect, it } from 'vitest';
import { embedModels } from './pages.ts';
import { previewPath, previewSvg } from './preview.ts';

// The first chart, linked back to a one-chapter story: the chapter does not change the preview.
const model = embedModels([{ topic: 'opening', order: 0, body: '' }])[0]!;

describe('previewSvg', () => {
  it('previewSvg writes every colour in, since an <img> SVG sees no CSS variables', () => {
    const svg = previewSvg(model, 'light').svg;
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).not.toContain('var(--');
    expect(svg).toContain('fill="#ffffff"');
  });

  it('previewSvg draws the dark preview on the dark background, the same graphic otherwise', () => {
    const [light, dark] = [previewSvg(model, 'light').svg, previewSvg(model, 'dark').svg];
    expect(dark).not.toBe(light);
    expect(dark).toContain('fill="#121212"');
    expect(dark.match(/<text/g)?.length).toBe(light.match(/<text/g)?.length);
  });

  it('previewSvg gives the size the <img> reserves, the 640 px column and the graphic\'s height', () => {
    const preview = previewSvg(model, 'light');
    expect(preview.width).toBe(640);
    expect(preview.svg).toContain(`viewBox="0 0 640 ${preview.height}"`);
    expect(preview.height).toBeGreaterThan(2 * 16);
  });
});

describe('previewPath', () => {
  it('previewPath names one file per embed and theme', () => {
    expect(previewPath('roads', 'dark')).toBe('/embed/roads/preview-dark.svg');
  });
});
