import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cssReferences, htmlReferences, jsReferences, measureEmbed, table } from './bench-embeds.ts';

describe('htmlReferences', () => {
  it('htmlReferences lists stylesheets, scripts, images and icons of the site only', () => {
    const html = `<link rel="stylesheet" href="/_astro/a.css"><link rel="alternate" href="/x.json"><script src="/embed/child.js"></script>
      <script>inline()</script><img src="/embed/x/image.png" alt=""><link rel="icon" href="/favicon.svg"><img src="https://cdn.example/a.png">`;
    expect(htmlReferences(html)).toEqual(['/_astro/a.css', '/embed/child.js', '/embed/x/image.png', '/favicon.svg']);
  });
});

describe('cssReferences', () => {
  it('cssReferences resolves url() and @import against the stylesheet, skipping data: URLs', () => {
    expect(cssReferences(`@import "b.css"; a{background:url(../img/x.svg)} b{background:url("data:image/png;base64,AA")}`, '/_astro/a.css')).toEqual([
      '/_astro/b.css',
      '/img/x.svg',
    ]);
  });
});

describe('jsReferences', () => {
  it('jsReferences follows static imports, not dynamic import()', () => {
    expect(jsReferences(`import{a as b}from"./chunk.js";import"./side.js";const m=import("./maplibre.js");`, '/_astro/page.js')).toEqual([
      '/_astro/chunk.js',
      '/_astro/side.js',
    ]);
  });
});

describe('measureEmbed', () => {
  const made: string[] = [];
  const tempDist = (): string => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-embeds-'));
    made.push(dir);
    return dir;
  };
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });

  it('measureEmbed sums the gzipped HTML and each file it loads once', () => {
    const dist = tempDist();
    mkdirSync(join(dist, 'embed', 'roads'), { recursive: true });
    mkdirSync(join(dist, '_astro'));
    writeFileSync(join(dist, 'embed', 'roads', 'index.html'), '<html data-embed-type="bar"><link rel="stylesheet" href="/_astro/a.css"><script src="/embed/child.js"></script><script src="/embed/child.js"></script>');
    writeFileSync(join(dist, '_astro', 'a.css'), 'a{color:red}');
    writeFileSync(join(dist, 'embed', 'child.js'), 'console.log(1)');
    const bytes = measureEmbed(dist, 'roads');
    expect(bytes.type).toBe('bar');
    expect(bytes.files).toEqual(['/_astro/a.css', '/embed/child.js']);
    expect(bytes.total).toBe(bytes.html + bytes.css + bytes.js);
    expect(bytes.css).toBeGreaterThan(0);
    expect(bytes.js).toBeGreaterThan(0);
  });

  it('measureEmbed names a referenced file that is missing from the build', () => {
    const dist = tempDist();
    mkdirSync(join(dist, 'embed', 'roads'), { recursive: true });
    writeFileSync(join(dist, 'embed', 'roads', 'index.html'), '<script src="/gone.js"></script>');
    expect(() => measureEmbed(dist, 'roads')).toThrow(/\/embed\/roads\/ loads \/gone.js, which is not in/);
  });
});

describe('table', () => {
  it('table marks charts over budget and leaves maps out of the chart budget', () => {
    const row = { html: 1000, css: 0, js: 0, other: 0, files: [] };
    const out = table([
      { ...row, id: 'a', type: 'bar', total: 24_000 },
      { ...row, id: 'b', type: 'bar', total: 26_000 },
      { ...row, id: 'c', type: 'map', total: 90_000 },
    ]);
    expect(out).toContain('| a | bar | 1.0 | 0.0 | 0.0 | 0.0 | 24.0 | ok |');
    expect(out).toContain('| 26.0 | OVER 25.0 |');
    expect(out).toContain('| 90.0 | n/a (map) |');
  });
});
