import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gzipSize, measurePages, overBudget, summary } from './budgets.ts';
import type { Budgets } from './budgets.ts';

function write(root: string, file: string, text: string): void {
  mkdirSync(dirname(join(root, file)), { recursive: true });
  writeFileSync(join(root, file), text);
}

/** A tiny build: a chapter whose script imports a chunk that lazily imports MapLibre and its worker. */
function dist(): string {
  const root = mkdtempSync(join(tmpdir(), 'budgets-'));
  write(root, 'index.html', '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><a href="/chapters/water/">Water</a>');
  write(root, 'chapters/water/index.html',
    '<!doctype html><link rel="stylesheet" href="/_astro/site.css"><script type="module" src="/_astro/page.js"></script><div data-src="/data/lakes.json"></div><a href="/">Home</a>');
  write(root, '_astro/site.css', '@font-face{src:url(/fonts/noto.woff2)} body{margin:0}');
  write(root, '_astro/page.js', 'import{a}from"./shared.js";const m=()=>import("./maplibre-gl.js");');
  write(root, '_astro/shared.js', 'export const a=1;');
  write(root, '_astro/maplibre-gl.js', `const w=new URL("maplibre-gl-worker.js",import.meta.url);${'x'.repeat(5000)}`);
  write(root, '_astro/maplibre-gl-worker.js', 'self.onmessage=()=>{};');
  write(root, 'data/lakes.json', '{"lakes":[]}');
  write(root, 'data/unused.json', '{"never":"linked"}');
  write(root, 'fonts/noto.woff2', 'font bytes');
  return root;
}

describe('measurePages', () => {
  it('measurePages(dist) follows HTML, CSS url(), static and dynamic imports, worker URLs and data- attributes', () => {
    const [home, chapter] = measurePages(dist());
    expect(home?.kind).toBe('home');
    expect(home?.files.map((f) => f.file).sort()).toEqual(['_astro/site.css', 'fonts/noto.woff2', 'index.html']);
    expect(chapter?.kind).toBe('map-chapter');
    expect(chapter?.files.map((f) => f.file).sort()).toEqual([
      '_astro/maplibre-gl-worker.js', '_astro/maplibre-gl.js', '_astro/page.js', '_astro/shared.js', '_astro/site.css',
      'chapters/water/index.html', 'data/lakes.json', 'fonts/noto.woff2',
    ]);
    const root = dist();
    expect(chapter?.bytes.data).toBe(gzipSize(join(root, 'data/lakes.json')));
  });
});

describe('overBudget', () => {
  const generous = { html: 1e6, css: 1e6, js: 1e6, data: 1e6, other: 1e6 };
  const budgets: Partial<Budgets> = { home: generous, 'map-chapter': { ...generous, js: 100 } };

  it('overBudget(measured, budgets) is empty when every page fits', () => {
    expect(overBudget(measurePages(dist()), { home: generous, 'map-chapter': generous })).toBe('');
  });

  it('overBudget(measured, budgets) prints a table row per metric over budget, naming the biggest files', () => {
    const table = overBudget(measurePages(dist()), budgets);
    expect(table.split('\n')[0]).toMatch(/^page\s+kind\s+metric\s+budget\s+actual\s+over\s+biggest files \(gzipped\)$/);
    expect(table.split('\n')[2]).toMatch(/^\/chapters\/water\/\s+map-chapter\s+js\s+0\.1 kB\s+0\.\d kB\s+\+0\.\d kB\s+_astro\/maplibre-gl\.js/);
    expect(table.split('\n')).toHaveLength(3);
  });

  it('overBudget(measured, budgets) fails a kind of page that has no budget', () => {
    expect(overBudget(measurePages(dist()), { home: generous })).toContain('add a "map-chapter" entry to scripts/quality/budgets.json');
  });
});

describe('summary', () => {
  it('summary(measured, budgets) lists the largest page of each kind per metric with the share of budget used', () => {
    const lines = summary(measurePages(dist()), { home: { html: 1000, css: 1000, js: 1000, data: 1000, other: 1000 } }).split('\n');
    expect(lines[0]).toMatch(/^kind\s+pages\s+metric\s+largest\s+on page\s+budget\s+used$/);
    expect(lines.find((l) => l.startsWith('map-chapter') && /\bjs\b/.test(l))).toMatch(/none$/);
  });
});
