// What a reader sees without JavaScript or without WebGL, compared with the full page: the same
// text, and every figure still showing a picture (a chart's SVG, a static map) that is not covered.
import type { Page } from 'playwright-core';

export interface Visible {
  /** Text of every visible paragraph and heading in <main> (first 80 characters). */
  texts: string[];
  /** Per <figure>, in document order: its label and whether a picture shows. */
  figures: Array<{ label: string; shows: boolean }>;
}

/** Reads what is visible; `canvas` says whether a WebGL/2D canvas counts as a picture. */
export function visibleContent(page: Page, canvas: boolean): Promise<Visible> {
  return page.evaluate((countCanvas) => {
    const main = document.querySelector('main') ?? document.body;
    const shown = (el: Element): boolean => {
      const box = el.getBoundingClientRect();
      return el.checkVisibility({ visibilityProperty: true, opacityProperty: true }) && box.width >= 10 && box.height >= 10;
    };
    // A picture shows when it is rendered and something of it is on top at one of five points.
    const onTop = (el: Element): boolean => {
      el.scrollIntoView({ block: 'center' });
      const b = el.getBoundingClientRect();
      const points: Array<[number, number]> = [[0.5, 0.5], [0.25, 0.25], [0.75, 0.25], [0.25, 0.75], [0.75, 0.75]];
      return points.some(([x, y]) => {
        const hit = document.elementFromPoint(b.left + b.width * x, b.top + b.height * y);
        return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
      });
    };
    const pictures = countCanvas ? 'svg, img, picture, canvas, table, [role="img"]' : 'svg, img, picture, table, [role="img"]';
    // Forms and live regions are controls that need JavaScript on a static site; prose is not.
    const texts = [...main.querySelectorAll('p, h1, h2, h3, h4, h5, h6, li, td, th, blockquote')]
      .filter((el) => shown(el) && (el.textContent ?? '').trim() !== '' && !el.closest('figure, form, [role="status"], [role="search"], [aria-live], dialog'))
      .map((el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 80));
    const figures = [...document.querySelectorAll('figure')].map((fig, i) => {
      const caption = fig.querySelector('figcaption')?.textContent?.replace(/\s+/g, ' ').trim().slice(0, 60);
      const candidates = [...fig.querySelectorAll(pictures)].filter((el) => !el.parentElement?.closest('svg') && shown(el));
      return { label: `figure ${i + 1}${caption ? ` "${caption}"` : ''}`, shows: candidates.some(onTop) };
    });
    window.scrollTo(0, 0);
    return { texts, figures };
  }, canvas);
}

/** Problems of a degraded view (`mode` names it) against the full view of the same page. */
export function compareVisible(full: Visible, degraded: Visible, mode: string): string[] {
  const problems: string[] = [];
  const left = new Set(degraded.texts);
  for (const text of full.texts) if (!left.has(text)) problems.push(`${mode}: text "${text}" is not visible.`);
  full.figures.forEach((fig, i) => {
    const now = degraded.figures[i];
    if (fig.shows && !now?.shows) problems.push(`${mode}: ${fig.label} shows no chart or static map (no visible, uncovered SVG/image/table).`);
  });
  return problems;
}
