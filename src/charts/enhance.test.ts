import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { install, placeTip } from './enhance.ts';

// A fake DOM just large enough for install(): elements with attributes, parents, classes and boxes.
class FakeElement {
  attributes = new Map<string, string>();
  classes = new Set<string>();
  parent: FakeElement | null = null;
  hidden = false;
  textContent: string | null = null;
  style: Record<string, string> = {};
  className = '';
  box = { left: 100, top: 200, right: 140, bottom: 220, width: 40, height: 20 };
  classList = { add: (c: string) => this.classes.add(c), remove: (c: string) => this.classes.delete(c) };
  constructor(attrs: Record<string, string> = {}, parent: FakeElement | null = null) {
    for (const [k, v] of Object.entries(attrs)) this.attributes.set(k, v);
    this.parent = parent;
  }
  getAttribute(name: string): string | null { return this.attributes.get(name) ?? null; }
  setAttribute(name: string, value: string): void { this.attributes.set(name, value); }
  contains(other: FakeElement | null): boolean {
    for (let n = other; n !== null; n = n.parent) if (n === this) return true;
    return false;
  }
  // Supports the one selector install() uses: ".chart [data-tip]".
  closest(): FakeElement | null {
    for (let n: FakeElement | null = this; n !== null; n = n.parent) {
      if (n.attributes.has('data-tip')) {
        for (let a = n.parent; a !== null; a = a.parent) if (a.attributes.get('class')?.split(' ').includes('chart')) return n;
        return null;
      }
    }
    return null;
  }
  getBoundingClientRect() { return this.className === 'chart-tip' ? { ...this.box, width: 120, height: 30 } : this.box; }
}

function fakeDocument() {
  const listeners = new Map<string, (e: unknown) => void>();
  const appended: FakeElement[] = [];
  const doc = {
    createElement: () => new FakeElement(),
    body: { append: (el: FakeElement) => appended.push(el) },
    defaultView: { innerWidth: 800, scrollX: 0, scrollY: 1000 },
    addEventListener: (type: string, fn: (e: unknown) => void) => listeners.set(type, fn),
  };
  const fire = (type: string, event: Record<string, unknown>) => listeners.get(type)?.(event);
  return { doc: doc as unknown as Document, fire, appended };
}

function chart() {
  const svg = new FakeElement({ class: 'chart chart-timeline' });
  const mark = new FakeElement({ class: 'mark', 'data-tip': 'Launch the idle plant. No date: as soon as possible' }, svg);
  const circle = new FakeElement({}, mark);
  return { svg, mark, circle };
}

describe('placeTip', () => {
  it('placeTip(mark, tip) centres the tooltip above the mark', () => {
    expect(placeTip({ left: 100, top: 200, right: 140, bottom: 220, width: 40 }, { width: 120, height: 30 }, 800)).toEqual({ left: 60, top: 162 });
  });
  it('placeTip(mark near the top) puts the tooltip below the mark', () => {
    expect(placeTip({ left: 100, top: 10, right: 140, bottom: 30, width: 40 }, { width: 120, height: 30 }, 800).top).toBe(38);
  });
  it('placeTip(mark near an edge) keeps the tooltip on screen', () => {
    expect(placeTip({ left: 0, top: 200, right: 10, bottom: 220, width: 10 }, { width: 120, height: 30 }, 800).left).toBe(4);
    expect(placeTip({ left: 790, top: 200, right: 800, bottom: 220, width: 10 }, { width: 120, height: 30 }, 800).left).toBe(676);
  });
});

describe('install', () => {
  it('install(doc) adds one hidden tooltip that screen readers skip', () => {
    const { doc, appended } = fakeDocument();
    const tip = install(doc) as unknown as FakeElement;
    expect(appended).toEqual([tip]);
    expect(tip.hidden).toBe(true);
    expect(tip.getAttribute('aria-hidden')).toBe('true');
  });
  it('install(doc) shows the tooltip on keyboard focus, highlights the mark and hides it on Escape', () => {
    const { doc, fire } = fakeDocument();
    const tip = install(doc) as unknown as FakeElement;
    const { mark } = chart();
    fire('focusin', { target: mark });
    expect(tip.hidden).toBe(false);
    expect(tip.textContent).toBe('Launch the idle plant. No date: as soon as possible');
    expect(mark.classes.has('is-active')).toBe(true);
    expect(tip.style).toEqual({ left: '60px', top: '1162px' });
    fire('keydown', { key: 'Escape' });
    expect(tip.hidden).toBe(true);
    expect(mark.classes.has('is-active')).toBe(false);
  });
  it('install(doc) shows the tooltip when the pointer enters a child of the mark and keeps it while moving inside', () => {
    const { doc, fire } = fakeDocument();
    const tip = install(doc) as unknown as FakeElement;
    const { mark, circle } = chart();
    fire('pointerover', { target: circle });
    expect(tip.hidden).toBe(false);
    fire('pointerout', { target: circle, relatedTarget: mark });
    expect(tip.hidden).toBe(false);
    fire('pointerout', { target: mark, relatedTarget: null });
    expect(tip.hidden).toBe(true);
  });
  it('install(doc) ignores elements outside charts and targets that are not elements', () => {
    const { doc, fire } = fakeDocument();
    const tip = install(doc) as unknown as FakeElement;
    fire('pointerover', { target: new FakeElement({ 'data-tip': 'not in a chart' }) });
    fire('focusin', { target: {} });
    fire('pointerover', { target: null });
    expect(tip.hidden).toBe(true);
  });
});

describe('enhance.ts bundle', () => {
  it('enhance.ts minified and gzipped with its entry is at most 2 KB', async () => {
    const result = await build({
      stdin: { contents: "import { install } from './enhance.ts'; install(document);", resolveDir: import.meta.dirname, loader: 'ts' },
      bundle: true, minify: true, write: false, format: 'esm',
    });
    const bytes = gzipSync(result.outputFiles[0]?.contents ?? new Uint8Array()).length;
    expect(bytes).toBeLessThanOrEqual(2048);
    console.info(`enhance.ts: ${bytes} bytes gzipped`);
  });
});
