// Drives every <ScrollyMap> on the page: scrollama says which step is active; the sticky frame
// shows that step's static map at once and, where WebGL2 exists, the live map moves to its view.
import scrollama from 'scrollama';
import { afterFirstInteraction, hasWebGL2 } from './island.ts';
import type { LiveMap } from './live.ts';
import type { MapView } from '../model/view.ts';

/** Where a step takes over, as a share of the viewport height from the top: lower on a phone, where the map holds the top three fifths. */
const offset = () => (window.matchMedia('(min-width: 60rem)').matches ? 0.6 : 0.8);

function stepOf(step: HTMLElement): { view: MapView; map: Element | null } {
  const json = step.querySelector('script[data-map-view]')?.textContent ?? 'null';
  return { view: JSON.parse(json) as MapView, map: step.querySelector('.scrolly-step-map') };
}

/** Copies a step's static SVG and legend into the sticky frame (ids removed: the originals keep them). */
function showStatic(section: HTMLElement, stepMap: Element | null): void {
  const svg = stepMap?.querySelector('.map-static svg');
  const legend = stepMap?.querySelector('.map-legend');
  const slot = section.querySelector('.scrolly-sticky .map-static');
  const legendSlot = section.querySelector('.scrolly-legend');
  if (!svg || !slot || !legendSlot) return;
  const copy = svg.cloneNode(true) as Element;
  for (const el of [copy, ...copy.querySelectorAll('[id]')]) el.removeAttribute('id');
  copy.removeAttribute('aria-labelledby');
  // The sticky frame's size comes from the layout (scrolly.css), not the map: each step's map is
  // fitted whole inside it (meet, never cropped), so no label is cut and nothing below moves.
  copy.setAttribute('height', '100%');
  copy.setAttribute('preserveAspectRatio', 'xMidYMid meet');
  slot.replaceChildren(copy);
  legendSlot.replaceChildren(...(legend ? [legend.cloneNode(true)] : []));
}

function enhance(section: HTMLElement): void {
  const steps = [...section.querySelectorAll<HTMLElement>('[data-scrolly-step]')];
  if (steps.length === 0) return;
  // The layout itself comes from @media (scripting: enabled) in scrolly.css; this only marks the section as driven.
  section.classList.add('is-enhanced');
  let live: LiveMap | null = null;
  let active = 0;
  showStatic(section, stepOf(steps[0]!).map);

  const activate = (index: number) => {
    if (index === active && steps[index]?.classList.contains('is-active')) return;
    active = index;
    for (const [i, s] of steps.entries()) s.classList.toggle('is-active', i === index);
    const { view, map } = stepOf(steps[index]!);
    showStatic(section, map);
    live?.setView(view, true);
  };
  scrollama()
    .setup({ step: steps, offset: offset() })
    .onStepEnter(({ index }) => activate(index));
  // A jump (Page Down, a link, End) can skip a step's trigger line between two frames: when the
  // scrolling stops, the step above the line is the active one, whatever scrollama saw.
  document.addEventListener('scrollend', () => {
    const line = window.innerHeight * offset();
    const above = steps.filter((s) => s.getBoundingClientRect().top < line);
    if (above.length > 0) activate(steps.indexOf(above[above.length - 1]!));
  });

  if (!('IntersectionObserver' in window) || !hasWebGL2()) {
    section.dataset['mapLive'] = 'static';
    return;
  }
  section.dataset['mapLive'] = 'waiting';
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((e) => e.isIntersecting)) return;
      observer.disconnect();
      section.dataset['mapLive'] = 'loading';
      const container = section.querySelector<HTMLElement>('.scrolly-sticky .map-live');
      const credits = JSON.parse(section.dataset['mapCredits'] ?? '[]') as string[];
      if (!container) return;
      import('./live.ts')
        .then(async ({ createLiveMap }) => {
          const map = await createLiveMap(section, container, stepOf(steps[active]!).view, credits);
          live = map;
          // A step may have become active while MapLibre loaded.
          map.setView(stepOf(steps[active]!).view, false);
          await map.ready;
          section.dataset['mapLive'] = 'ready';
        })
        .catch((error: unknown) => {
          section.dataset['mapLive'] = 'failed';
          console.warn('Map: the live scrolly map could not load; the static maps stay.', error);
        });
    },
    { rootMargin: '600px 0px' },
  );
  afterFirstInteraction(window, () => observer.observe(section));
}

export function enhanceScrolly(root: ParentNode = document): void {
  for (const section of root.querySelectorAll<HTMLElement>('[data-scrolly]:not([data-map-live])')) enhance(section);
}
