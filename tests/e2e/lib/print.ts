// Print checks: what a page looks like in Chromium's print mode (emulated media, at an A4 column's
// width) and in the PDF Chromium makes of it. Used by print.test.ts; each check is planted there.
import { inflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';

/** A4 with 1.5 cm side margins: 180 mm of column at 96 CSS px per inch. */
export const PRINT_WIDTH = 680;
/** A4 height less 1.5 cm top and 1.8 cm bottom margins, in CSS px. */
export const PRINT_PAGE_HEIGHT = Math.floor(((297 - 33) / 25.4) * 96);
/** The smallest text drawn in a printed picture, in points. */
export const MIN_PRINT_PT = 7;
/** Controls that do nothing on paper. */
export const PRINT_HIDDEN = ['.embed-code', '.graphic-files', 'details.graphic-data', '[data-live-preview]', '.chapter-menu', '.chapter-nav', '.site-header nav', '.reading-progress', '.map-live', 'button', '.map-list'];
/** Figures that must stay whole on one page. */
export const PRINT_WHOLE = ['figure', '.scrolly-step-map', '.map-legend', 'table'];

export interface PrintProblem {
  kind: 'control' | 'split' | 'tall' | 'small' | 'repeat';
  detail: string;
}

/** Problems of the page as printed; call after page.emulateMedia({ media: 'print' }). */
export function printProblems(page: Page, options = { hidden: PRINT_HIDDEN, whole: PRINT_WHOLE, minPt: MIN_PRINT_PT, pageHeight: PRINT_PAGE_HEIGHT }): Promise<PrintProblem[]> {
  return page.evaluate(({ hidden, whole, minPt, pageHeight }) => {
    const problems: Array<{ kind: 'control' | 'split' | 'tall' | 'small' | 'repeat'; detail: string }> = [];
    const shown = (el: Element) => {
      const r = el.getBoundingClientRect();
      return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
    };
    const name = (el: Element) => `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.classList.length ? `.${[...el.classList].join('.')}` : ''}>`;
    for (const sel of hidden) for (const el of document.querySelectorAll(sel)) if (shown(el)) problems.push({ kind: 'control', detail: `${name(el)} (${sel}) is printed` });
    for (const sel of whole) {
      for (const el of document.querySelectorAll(sel)) {
        if (!shown(el)) continue;
        const style = getComputedStyle(el);
        if (style.breakInside !== 'avoid' && style.breakInside !== 'avoid-page') problems.push({ kind: 'split', detail: `${name(el)} may break across pages (break-inside: ${style.breakInside})` });
        const h = el.getBoundingClientRect().height;
        if (sel !== 'table' && h > pageHeight) problems.push({ kind: 'tall', detail: `${name(el)} is ${Math.round(h)} px tall, more than a page (${pageHeight} px): it will be cut` });
      }
    }
    const pictures = [...document.querySelectorAll('svg')].filter((svg) => shown(svg) && !svg.closest('a, button, .map-swatch') && svg.querySelector('text'));
    for (const svg of pictures) {
      let smallest = Infinity;
      let which = '';
      for (const t of svg.querySelectorAll('text')) {
        if (!shown(t)) continue;
        const scale = (t as SVGGraphicsElement).getScreenCTM()?.a ?? 1;
        const pt = parseFloat(getComputedStyle(t).fontSize) * scale * 0.75;
        if (pt < smallest) [smallest, which] = [pt, t.textContent ?? ''];
      }
      if (smallest < minPt) problems.push({ kind: 'small', detail: `"${which.slice(0, 40)}" in ${name(svg.closest('figure, .scrolly-step') ?? svg)} prints at ${smallest.toFixed(1)} pt (at least ${minPt})` });
    }
    const maps = [...document.querySelectorAll('svg.map-static-svg')].filter(shown);
    const seen = new Map<string, Element>();
    for (const svg of maps) {
      const key = svg.outerHTML.replace(/\s(id|aria-labelledby|aria-describedby|data-map)="[^"]*"/g, '');
      const first = seen.get(key);
      if (first) problems.push({ kind: 'repeat', detail: `${name(svg.closest('figure, .scrolly-step') ?? svg)} prints the same map as ${name(first.closest('figure, .scrolly-step') ?? first)}` });
      else seen.set(key, svg);
    }
    return problems;
  }, options);
}

/** Text-drawing operators on each page of a PDF Chromium wrote, in page order: 0 means a blank page. */
export function pdfPageTextOps(pdf: Uint8Array): number[] {
  const buf = Buffer.from(pdf);
  const text = buf.toString('latin1');
  const objects = new Map<number, { body: string; start: number }>();
  for (const m of text.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) objects.set(Number(m[1]), { body: m[2] ?? '', start: (m.index ?? 0) + m[0].indexOf(m[2] ?? '') });
  const root = [...objects.values()].find((o) => /\/Type\s*\/Pages\b/.test(o.body) && /\/Kids/.test(o.body));
  if (!root) throw new Error('pdfPageTextOps: no /Pages tree in the PDF; was it written by Chromium?');
  const kids = [...(root.body.match(/\/Kids\s*\[([^\]]*)\]/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return kids.map((id) => {
    const pageBody = objects.get(id)?.body ?? '';
    const refs = [...(pageBody.match(/\/Contents\s*(\[[^\]]*\]|\d+ 0 R)/)?.[1] ?? '').matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
    let ops = 0;
    for (const ref of refs) {
      const o = objects.get(ref);
      if (!o) continue;
      let start = o.start + o.body.indexOf('stream') + 'stream'.length;
      while (buf[start] === 0x0d || buf[start] === 0x0a) start += 1;
      const raw = buf.subarray(start, o.start + o.body.lastIndexOf('endstream'));
      let content: string;
      try {
        content = inflateSync(raw).toString('latin1');
      } catch {
        content = raw.toString('latin1');
      }
      ops += (content.match(/\bT[Jj]\b/g) ?? []).length;
    }
    return ops;
  });
}
