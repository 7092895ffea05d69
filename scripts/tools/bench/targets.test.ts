import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { PageBytes } from '../../quality/budgets.ts';
import { pickTargets } from './targets.ts';

let dist = '';
beforeEach(() => {
  dist = mkdtempSync(join(tmpdir(), 'bench-targets-'));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

function page(path: string, kind: PageBytes['kind'], html = '<p>x</p>'): PageBytes {
  const file = join(dist, path === '/' ? 'index.html' : `${path.slice(1)}index.html`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, html);
  return { path, kind, bytes: { html: 0, css: 0, js: 0, data: 0, other: 0 }, files: [] };
}

describe('pickTargets', () => {
  it('pickTargets takes one page per kind, tells the scrolly chapter from a map chapter, and marks noindex pages', () => {
    const pages = [
      page('/', 'home'),
      page('/chapters/a/', 'chapter'),
      page('/chapters/roads/', 'map-chapter', '<div data-scrolly></div>'),
      page('/chapters/gas/', 'map-chapter', '<div data-map-figure></div>'),
      page('/speech/', 'speech'),
      page('/tracker/', 'other'),
      page('/tracker/i-01/', 'other'),
      page('/embeds/', 'gallery'),
      page('/embed/bar/', 'embed', '<meta name="robots" content="noindex">'),
      page('/embed/map/', 'map-embed', '<meta name="robots" content="noindex, follow">'),
    ];
    const { targets, missing } = pickTargets(dist, pages);
    expect(missing).toEqual([]);
    expect(targets.map((t) => [t.label, t.path, t.noindex])).toEqual([
      ['home', '/', false],
      ['chart chapter', '/chapters/a/', false],
      ['map chapter', '/chapters/gas/', false],
      ['scrolly chapter', '/chapters/roads/', false],
      ['speech', '/speech/', false],
      ['tracker', '/tracker/', false],
      ['tracker item', '/tracker/i-01/', false],
      ['embed gallery', '/embeds/', false],
      ['chart embed', '/embed/bar/', true],
      ['map embed', '/embed/map/', true],
    ]);
  });

  it('pickTargets lists the kinds a build lacks', () => {
    const { targets, missing } = pickTargets(dist, [page('/', 'home')]);
    expect(targets.map((t) => t.label)).toEqual(['home']);
    expect(missing).toContain('tracker item');
    expect(missing).toHaveLength(9);
  });
});
