// The snippets news sites paste: an iframe sized at build time (right with no script at all), our
// optional loader, an image for places that refuse iframes, and AMP's amp-iframe.
import { escape } from '../core/escape.ts';
import { THEME_PARAM, TRANSPARENT_PARAM } from './theme.ts';

export type ThemeChoice = 'auto' | 'light' | 'dark';

export interface EmbedTarget {
  /** Site origin the snippet points at, no trailing slash: `https://zhetysu.example.kz` (SITE_URL). */
  site: string;
  /** Graphic id from the catalogue. */
  id: string;
  /** Accessible name of the iframe: the graphic's title. */
  title: string;
  /** Height in px that fits every supported width (fitHeight), computed at build. */
  height: number;
  /** Default "auto": match the host page (with the loader), else light. */
  theme?: ThemeChoice;
  /** Default false. */
  transparent?: boolean;
}

/** Width in px the oEmbed and AMP sizes name: a common article column. */
export const REFERENCE_WIDTH = 640;

/** Frame widths the bare iframe must fit with no script: a 320 px phone to a 1000 px column, both sides of the 480 px layout switch. */
export const SUPPORTED_WIDTHS = [320, 360, 479, 480, 640, 800, 1000] as const;

/** One line of footer text: the estimate can miss a wrap on a narrow frame, and spare space costs less than a cut credit line. */
export const FIT_MARGIN = 24;

/** The iframe height that clips at no supported width: text wraps more when narrow, graphics grow when wide, so the tallest wins. */
export const fitHeight = (heightAt: (width: number) => number): number => Math.max(...SUPPORTED_WIDTHS.map(heightAt)) + FIT_MARGIN;

export function embedPath(id: string): string {
  return `/embed/${id}/`;
}

/** The embed page's address with its display options; defaults add nothing to the query. */
export function embedUrl({ site, id, theme = 'auto', transparent = false }: Pick<EmbedTarget, 'site' | 'id' | 'theme' | 'transparent'>): string {
  const query = new URLSearchParams();
  if (theme !== 'auto') query.set(THEME_PARAM, theme);
  if (transparent) query.set(TRANSPARENT_PARAM, '1');
  const search = query.toString();
  return `${site}${embedPath(id)}${search ? `?${search}` : ''}`;
}

export function loaderUrl(site: string): string {
  return `${site}/embed/loader.js`;
}

/** A responsive iframe. width="100%" is not conforming HTML, but every browser honours it and it survives
 *  CMSs that strip style attributes; the style repeats it for those that keep them. */
export function iframeCode(target: EmbedTarget): string {
  return `<iframe src="${escape(embedUrl(target))}" title="${escape(target.title)}" width="100%" height="${Math.round(target.height)}" frameborder="0" loading="lazy" style="width:100%;border:0"></iframe>`;
}

export function loaderCode(site: string): string {
  return `<script async src="${escape(loaderUrl(site))}"></script>`;
}

/** The default snippet: the iframe, then the loader for hosts that allow scripts. */
export function embedCode(target: EmbedTarget): string {
  return `${iframeCode(target)}\n${loaderCode(target.site)}`;
}

export interface ImageTarget {
  site: string;
  id: string;
  /** Text alternative: the title and what the graphic shows. */
  alt: string;
  /** Chapter page the image links to, site-relative: `/chapters/land/#roads-km`. */
  href: string;
  width: number;
  height: number;
}

export function imagePath(id: string): string {
  return `${embedPath(id)}image.png`;
}

/** A linked PNG for newsletters, AMP stories and CMSs that refuse iframes. */
export function imageCode({ site, id, alt, href, width, height }: ImageTarget): string {
  return `<a href="${escape(site + href)}"><img src="${escape(site + imagePath(id))}" alt="${escape(alt)}" width="${width}" height="${height}" style="max-width:100%;height:auto"></a>`;
}

/** amp-iframe with AMP's required overflow button and the PNG as its placeholder. */
export function ampCode(target: EmbedTarget, image: Pick<ImageTarget, 'alt'>): string {
  const { site, id, title, height } = target;
  return [
    `<amp-iframe src="${escape(embedUrl(target))}" title="${escape(title)}" width="${REFERENCE_WIDTH}" height="${Math.round(height)}" layout="responsive" sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox" resizable frameborder="0">`,
    `  <div overflow tabindex="0" role="button" aria-label="Show the whole graphic">Show the whole graphic</div>`,
    `  <amp-img placeholder layout="fill" src="${escape(site + imagePath(id))}" alt="${escape(image.alt)}"></amp-img>`,
    `</amp-iframe>`,
  ].join('\n');
}
