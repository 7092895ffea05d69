// Progressive enhancement for charts: a tooltip for marks with data-tip, on hover and on keyboard focus.
// Highlighting is pure CSS (Graphic.astro); without this script every fact is still in the SVG and the table.

export interface Box { left: number; top: number; right: number; bottom: number; width: number }

/** Where the tooltip goes (viewport px): centred above the mark, below it when there is no room, kept on screen. */
export function placeTip(mark: Box, tip: { width: number; height: number }, viewportWidth: number): { left: number; top: number } {
  const left = Math.max(4, Math.min(mark.left + mark.width / 2 - tip.width / 2, viewportWidth - tip.width - 4));
  const above = mark.top - tip.height - 8;
  return { left, top: above >= 4 ? above : mark.bottom + 8 };
}

/** Listens on `doc` (event delegation, so one listener serves every chart on the page). Returns the tooltip element. */
export function install(doc: Document): HTMLElement {
  const tip = doc.createElement('div');
  tip.className = 'chart-tip';
  // The mark's aria-label already says all of this; the tooltip is for sighted readers only.
  tip.setAttribute('aria-hidden', 'true');
  tip.hidden = true;
  doc.body.append(tip);
  let active: Element | null = null;

  const hide = (): void => {
    active?.classList.remove('is-active');
    active = null;
    tip.hidden = true;
  };
  const show = (target: EventTarget | null): void => {
    // Duck-typed rather than instanceof, so text nodes and the window are skipped without DOM globals.
    const el = target as Element | null;
    const mark = typeof el?.closest === 'function' ? el.closest('.chart [data-tip]') : null;
    if (mark === null || mark === active) return;
    hide();
    active = mark;
    mark.classList.add('is-active');
    tip.textContent = mark.getAttribute('data-tip');
    tip.hidden = false;
    const view = doc.defaultView;
    const { left, top } = placeTip(mark.getBoundingClientRect(), tip.getBoundingClientRect(), view?.innerWidth ?? 1024);
    tip.style.left = `${left + (view?.scrollX ?? 0)}px`;
    tip.style.top = `${top + (view?.scrollY ?? 0)}px`;
  };
  const leave = (e: Event): void => {
    const to = (e as FocusEvent).relatedTarget as Node | null;
    if (active !== null && !(to !== null && active.contains(to))) hide();
  };

  doc.addEventListener('pointerover', (e) => show(e.target));
  doc.addEventListener('focusin', (e) => show(e.target));
  doc.addEventListener('pointerout', leave);
  doc.addEventListener('focusout', leave);
  doc.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hide();
  });
  return tip;
}
