import { describe, expect, it } from 'vitest';
import { graphicImageSvg, placeSvg, socialCardSvg, viewBoxSize } from './card.ts';

const chart = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 640 320" width="100%" class="chart"><rect width="640" height="320"/></svg>';

describe('viewBoxSize', () => {
  it('viewBoxSize reads the width and height of the root viewBox', () => {
    expect(viewBoxSize(chart)).toEqual({ width: 640, height: 320 });
  });

  it('viewBoxSize says what it received when there is no viewBox', () => {
    expect(() => viewBoxSize('<svg width="10"></svg>')).toThrow(/no viewBox="0 0 w h".*<svg width=\\"10\\">/);
  });
});

describe('placeSvg', () => {
  it('placeSvg positions and sizes the root, keeping its viewBox and other attributes', () => {
    const placed = placeSvg(chart, 10, 20, 320);
    expect(placed).toMatchObject({ width: 320, height: 160 });
    expect(placed.markup).toMatch(/^<svg x="10" y="20" width="320" height="160" xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 640 320" class="chart">/);
  });

  it('placeSvg shrinks to maxHeight keeping the aspect ratio', () => {
    expect(placeSvg(chart, 0, 0, 640, 100)).toMatchObject({ width: 200, height: 100 });
  });
});

describe('graphicImageSvg', () => {
  it('graphicImageSvg stacks escaped title, graphic, source and address', () => {
    const { svg, width, height } = graphicImageSvg({ title: 'Roads & bridges', graphic: chart, source: 'Source: the speech', url: 'example.org/chapters/roads/' });
    expect(width).toBe(640);
    expect(svg).toContain(`viewBox="0 0 640 ${height}"`);
    expect(svg).toContain('>Roads &amp; bridges</text>');
    expect(svg.indexOf('Roads &amp;')).toBeLessThan(svg.indexOf('class="chart"'));
    expect(svg.indexOf('class="chart"')).toBeLessThan(svg.indexOf('Source: the speech'));
    expect(height).toBeGreaterThan(304 + 26 + 16);
  });
});

describe('socialCardSvg', () => {
  it('socialCardSvg is 1200×630 and fits the graphic between title and footer', () => {
    const svg = socialCardSvg({ kicker: 'Site', title: 'A title', graphic: chart, footer: 'Footer' });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 1200 630" width="1200" height="630"/);
    const placed = svg.match(/<svg x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/);
    expect(Number(placed?.[1]) + Number(placed?.[2])).toBeLessThanOrEqual(630 - 56 - 24);
  });

  it('socialCardSvg puts a tall graphic beside the title, within the card', () => {
    const map = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 900"><rect width="720" height="900"/></svg>';
    const placed = socialCardSvg({ kicker: 'Site', title: 'A map', graphic: map, footer: 'Footer' }).match(/<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"/);
    const [x, y, w, h] = (placed?.slice(1) ?? []).map(Number);
    expect(x).toBeGreaterThan(520);
    expect((x ?? 0) + (w ?? 0)).toBeLessThanOrEqual(1200 - 56);
    expect((y ?? 0) + (h ?? 0)).toBeLessThanOrEqual(630 - 56);
  });

  it('socialCardSvg shows the summary when there is no graphic', () => {
    expect(socialCardSvg({ kicker: 'Site', title: 'Water', summary: 'Canals <repaired>', footer: 'F' })).toContain('Canals &lt;repaired&gt;');
  });
});
