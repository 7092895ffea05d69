// The only map code every map page loads (≈1 KB): it decides whether and when the live map may
// replace the static one. MapLibre is fetched only once the reader has scrolled, pointed, touched or
// typed, when a map nears the viewport and the browser has WebGL2; otherwise nothing is downloaded
// and the static SVG stays (MapLibre 6 throws at once without WebGL2, so it is tested before any byte is fetched).

/** True when the browser can create a WebGL2 context (MapLibre 6 needs it). */
export function hasWebGL2(doc: Document = document): boolean {
  try {
    const canvas = doc.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    // Free the probe context at once: browsers cap the number of live contexts.
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/** What a reader does first on a page: any of these means someone is there to use a live map. */
export const INTERACTIONS = ['scroll', 'wheel', 'pointerdown', 'pointermove', 'touchstart', 'keydown', 'focusin'] as const;

/**
 * Calls `start` once, at the reader's first scroll, pointer, touch or key. Until then the static map
 * is the page: MapLibre's megabyte of script and its WebGL start-up would otherwise block the main
 * thread while the page is still being read in (a 'facade', as Lighthouse calls it).
 */
export function afterFirstInteraction(target: EventTarget, start: () => void): void {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    for (const type of INTERACTIONS) target.removeEventListener(type, once, { capture: true });
    start();
  };
  for (const type of INTERACTIONS) target.addEventListener(type, once, { capture: true, passive: true });
}

/** Starts loading a map this far before it scrolls into view. */
const MARGIN = '600px 0px';

/** Watches every `[data-map-figure]` and mounts the live map on the ones that near the viewport. */
export function enhanceMaps(root: ParentNode = document): void {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-map-figure]:not([data-map-live])')];
  if (figures.length === 0) return;
  const able = 'IntersectionObserver' in window && hasWebGL2();
  for (const f of figures) f.dataset['mapLive'] = able ? 'waiting' : 'static';
  if (!able) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const figure = entry.target as HTMLElement;
        figure.dataset['mapLive'] = 'loading';
        import('./live.ts')
          .then(({ mountFigure }) => mountFigure(figure))
          .catch((error: unknown) => {
            // The static map stays; say why in the console for whoever debugs it.
            figure.dataset['mapLive'] = 'failed';
            console.warn('Map: the live map could not load; the static map stays.', error);
          });
      }
    },
    { rootMargin: MARGIN },
  );
  afterFirstInteraction(window, () => {
    for (const f of figures) observer.observe(f);
  });
}
