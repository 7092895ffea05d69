// Measures the labels of every visible static map (or live map) on a page as the reader sees them: overlaps
// between labels, labels cut by the map's frame or under its buttons, and labels drawn smaller than a minimum size.
import type { Page } from 'playwright-core';

export interface LabelProblem {
  map: string;
  kind: 'overlap' | 'cut' | 'small' | 'covered';
  text: string;
  detail: string;
}

export interface LabelReport {
  /** Visible static maps measured. */
  maps: number;
  /** Visible labels measured. */
  labels: number;
  /** Smallest rendered label size in px (Infinity when there is none). */
  smallest: number;
  problems: LabelProblem[];
}

/** The labels of every static map (`live`: of every live map's label overlay) visible on the page, measured in CSS px. */
export async function measureMapLabels(page: Page, minSize: number, which: 'static' | 'live' = 'static'): Promise<LabelReport> {
  return page.evaluate(([min, live]) => {
    const problems: { map: string; kind: 'overlap' | 'cut' | 'small' | 'covered'; text: string; detail: string }[] = [];
    let maps = 0;
    let count = 0;
    let smallest = Infinity;
    // Boxes shrink by this much before they count as touching: anti-aliasing, not overlap.
    const slack = 0.5;
    const round = (n: number) => Math.round(n * 10) / 10;
    for (const svg of document.querySelectorAll<SVGSVGElement>(live ? '.map-live svg.map-live-labels' : 'svg.map-static-svg')) {
      if (!svg.checkVisibility({ checkVisibilityCSS: true }) || svg.getBoundingClientRect().width === 0) continue;
      maps++;
      const name = `${live ? `live ${svg.closest('figure, section')?.id ?? '?'}` : svg.dataset['map'] ?? '?'}${svg.closest('[data-scrolly-step]') ? ` (step ${svg.closest<HTMLElement>('[data-scrolly-step]')?.dataset['stepId'] ?? ''})` : svg.closest('.scrolly-sticky') ? ' (sticky)' : ''}`;
      // The frame is what shows of the SVG: the SVG's box clipped by the map frame around it.
      const s = svg.getBoundingClientRect();
      const f = svg.closest(live ? '.map-live' : '.map-frame')?.getBoundingClientRect() ?? s;
      // A live map's buttons (zoom, attribution) must not sit on a label.
      const controls = live ? [...(svg.closest('.map-live')?.querySelectorAll('.maplibregl-ctrl') ?? [])].map((c) => c.getBoundingClientRect()) : [];
      const frame = { x0: Math.max(s.left, f.left), y0: Math.max(s.top, f.top), x1: Math.min(s.right, f.right), y1: Math.min(s.bottom, f.bottom) };
      const boxes: { text: string; x0: number; y0: number; x1: number; y1: number }[] = [];
      for (const text of svg.querySelectorAll<SVGTextElement>(live ? 'text' : 'g.labels text')) {
        if (!text.checkVisibility({ checkVisibilityCSS: true })) continue;
        const label = (text.textContent ?? '').trim();
        const b = text.getBoundingClientRect();
        if (b.width === 0) continue;
        count++;
        const size = Number.parseFloat(text.getAttribute('font-size') ?? '0') * (text.getScreenCTM()?.a ?? 1);
        smallest = Math.min(smallest, size);
        if (size < min - 0.05) problems.push({ map: name, kind: 'small', text: label, detail: `${round(size)} px, at least ${min} px wanted` });
        if (b.left < frame.x0 - slack || b.top < frame.y0 - slack || b.right > frame.x1 + slack || b.bottom > frame.y1 + slack) {
          problems.push({ map: name, kind: 'cut', text: label, detail: `box ${round(b.left - frame.x0)},${round(b.top - frame.y0)}–${round(b.right - frame.x0)},${round(b.bottom - frame.y0)} in a ${round(frame.x1 - frame.x0)}×${round(frame.y1 - frame.y0)} frame` });
        }
        for (const c of controls) {
          if (b.left + slack < c.right && c.left < b.right - slack && b.top + slack < c.bottom && c.top < b.bottom - slack) problems.push({ map: name, kind: 'covered', text: label, detail: `under a map button at ${round(c.left - frame.x0)},${round(c.top - frame.y0)}` });
        }
        boxes.push({ text: label, x0: b.left + slack, y0: b.top + slack, x1: b.right - slack, y1: b.bottom - slack });
      }
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1) problems.push({ map: name, kind: 'overlap', text: a.text, detail: `overlaps "${b.text}"` });
        }
      }
    }
    return { maps, labels: count, smallest, problems };
  }, [minSize, which === 'live'] as const);
}

/** One line per problem, for a test failure message. */
export function formatLabelProblems(path: string, width: number, problems: readonly LabelProblem[]): string {
  return problems.map((p) => `${path} at ${width} px, map ${p.map}: label "${p.text}" ${p.kind === 'overlap' || p.kind === 'covered' ? p.detail : p.kind === 'cut' ? `is cut by the frame (${p.detail})` : `is too small (${p.detail})`}`).join('\n');
}
