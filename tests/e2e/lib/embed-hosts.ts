// Host pages as news sites build them, one per resize dialect, each embedding many graphics from
// the site's origin: our loader, the real pym.js Parent, Datawrapper's listener, an amp-iframe-like listener,
// and CSS responsive iframes (frame-sizing, no script).
import { PYM_PATH } from './host-pages.ts';

export type Dialect = 'loader' | 'pym' | 'datawrapper' | 'amp' | 'frame-sizing';

export interface HostPageOptions {
  /** Origin of the site serving /embed/ (the other origin). */
  site: string;
  ids: readonly string[];
  /** Build-time height per id, as the embed code carries it. */
  heights: Readonly<Record<string, number>>;
  /** Query added to every embed URL, e.g. `?transparent=1`. */
  query?: string;
  /** Page background, for theme tests. */
  background?: string;
}

const shell = (body: string, background: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host</title>` +
  `<style>body{margin:0;padding:0 12px;background:${background};font:16px/1.5 sans-serif}article{max-width:100%}p{margin:0 0 16px}</style></head>` +
  `<body><article><p>Host article text.</p>${body}<p>End of article.</p></article></body></html>`;

const iframe = (o: HostPageOptions, id: string) =>
  `<iframe src="${o.site}/embed/${id}/${o.query ?? ''}" title="${id}" width="100%" height="${o.heights[id] ?? 400}" frameborder="0" style="width:100%;border:0;display:block"></iframe>`;

/** Datawrapper's published responsive-iframe listener (the contentWindow-matching version). */
const DATAWRAPPER_LISTENER = `window.addEventListener("message",function(e){if(void 0!==e.data["datawrapper-height"]){var t=document.querySelectorAll("iframe");for(var a in e.data["datawrapper-height"])for(var r=0;r<t.length;r++)if(t[r].contentWindow===e.source){t[r].style.height=e.data["datawrapper-height"][a]+"px"}}});`;

/** What amp-iframe does with an embed-size request when the frame may resize: set the height. */
const AMP_LISTENER = `window.addEventListener("message",function(e){var d=e.data;if(!d||d.sentinel!=="amp"||d.type!=="embed-size")return;var t=document.querySelectorAll("iframe");for(var r=0;r<t.length;r++)if(t[r].contentWindow===e.source){t[r].style.height=Number(d.height)+"px"}});`;

export function hostPage(dialect: Dialect, o: HostPageOptions): string {
  const background = o.background ?? '#ffffff';
  if (dialect === 'loader') {
    return shell(o.ids.map((id) => `${iframe(o, id)}<script async src="${o.site}/embed/loader.js"></script><p>Between graphics.</p>`).join(''), background);
  }
  if (dialect === 'frame-sizing') {
    // No script at all: the host's CSS asks the browser to size each frame to its page (Chromium 154+).
    const css = '<style>iframe.fit{frame-sizing:content-height;height:auto!important}</style>';
    return shell(`${css}${o.ids.map((id) => `${iframe(o, id).replace('<iframe ', '<iframe class="fit" ')}<p>Between graphics.</p>`).join('')}`, background);
  }
  if (dialect === 'pym') {
    const divs = o.ids.map((id) => `<div id="pym-${id}"></div><p>Between graphics.</p>`).join('');
    const parents = o.ids.map((id) => `new pym.Parent(${JSON.stringify(`pym-${id}`)}, ${JSON.stringify(`${o.site}/embed/${id}/${o.query ?? ''}`)}, {title: ${JSON.stringify(id)}});`).join('');
    return shell(`${divs}<script src="${PYM_PATH}"></script><script>window.pymParents=[];${parents}</script>`, background);
  }
  const listener = dialect === 'datawrapper' ? DATAWRAPPER_LISTENER : AMP_LISTENER;
  return shell(`<script>${listener}</script>${o.ids.map((id) => `${iframe(o, id)}<p>Between graphics.</p>`).join('')}`, background);
}
