import { describe, expect, it } from 'vitest';
import { ampCode, embedCode, embedUrl, FIT_MARGIN, fitHeight, iframeCode, imageCode, SUPPORTED_WIDTHS } from './embed-code.ts';

const target = { site: 'https://news.example', id: 'roads-km', title: 'Roads "to repair" & build', height: 412.4 };

describe('embedUrl', () => {
  it('embedUrl adds nothing for the defaults', () => {
    expect(embedUrl(target)).toBe('https://news.example/embed/roads-km/');
  });

  it('embedUrl carries theme and transparency', () => {
    expect(embedUrl({ ...target, theme: 'dark', transparent: true })).toBe('https://news.example/embed/roads-km/?theme=dark&transparent=1');
  });
});

describe('iframeCode', () => {
  it('iframeCode sizes the iframe at build time and escapes the title', () => {
    expect(iframeCode(target)).toBe(
      '<iframe src="https://news.example/embed/roads-km/" title="Roads &quot;to repair&quot; &amp; build" width="100%" height="412" frameborder="0" loading="lazy" style="width:100%;border:0"></iframe>',
    );
  });
});

describe('embedCode', () => {
  it('embedCode is the iframe followed by the async loader from the same site', () => {
    const [iframe, script] = embedCode({ ...target, theme: 'light' }).split('\n');
    expect(iframe).toContain('src="https://news.example/embed/roads-km/?theme=light"');
    expect(script).toBe('<script async src="https://news.example/embed/loader.js"></script>');
  });
});

describe('imageCode', () => {
  it('imageCode links the PNG to the chapter with its text alternative', () => {
    expect(imageCode({ site: 'https://s.example', id: 'roads-km', alt: 'Roads <km>', href: '/chapters/roads/#roads-km', width: 1280, height: 800 })).toBe(
      '<a href="https://s.example/chapters/roads/#roads-km"><img src="https://s.example/embed/roads-km/image.png" alt="Roads &lt;km&gt;" width="1280" height="800" style="max-width:100%;height:auto"></a>',
    );
  });
});

describe('ampCode', () => {
  it('ampCode is a resizable amp-iframe with the overflow button AMP requires', () => {
    const code = ampCode(target, { alt: 'Roads' });
    expect(code).toMatch(/^<amp-iframe [^>]*\bresizable\b[^>]*layout="responsive"|^<amp-iframe [^>]*layout="responsive"[^>]*\bresizable\b/);
    expect(code).toContain('<div overflow tabindex="0" role="button"');
    expect(code).toContain('<amp-img placeholder layout="fill" src="https://news.example/embed/roads-km/image.png" alt="Roads">');
  });
});

describe('fitHeight', () => {
  it('fitHeight(heightAt) is the tallest height over every supported width, plus a line to spare', () => {
    expect(SUPPORTED_WIDTHS[0]).toBeLessThanOrEqual(320);
    expect(SUPPORTED_WIDTHS.at(-1)).toBeGreaterThanOrEqual(1000);
    // Text-bound (taller when narrow) and graphic-bound (taller when wide) layouts both get their worst case.
    expect(fitHeight((w) => 2000 - w)).toBe(2000 - SUPPORTED_WIDTHS[0] + FIT_MARGIN);
    expect(fitHeight((w) => w)).toBe(1000 + FIT_MARGIN);
  });
});
