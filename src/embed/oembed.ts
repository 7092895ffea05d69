// oEmbed (https://oembed.com) for every graphic, as static JSON files a static host can serve:
// CMSs that speak oEmbed find them through the discovery <link> on the embed and chapter pages.
import { embedCode, embedPath, REFERENCE_WIDTH, type EmbedTarget } from './embed-code.ts';

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export interface OEmbedInput extends EmbedTarget {
  providerName: string;
  thumbnail: { path: string; width: number; height: number };
}

export function oembedPath(id: string): string {
  return `${embedPath(id)}oembed.json`;
}

/** The `rich` oEmbed response: our default embed code at the build-time height. */
export function oembed(input: OEmbedInput): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: input.title,
    provider_name: input.providerName,
    provider_url: `${input.site}/`,
    html: embedCode(input),
    width: REFERENCE_WIDTH,
    height: Math.round(input.height),
    thumbnail_url: input.site + input.thumbnail.path,
    thumbnail_width: input.thumbnail.width,
    thumbnail_height: input.thumbnail.height,
    cache_age: 86400,
  };
}

/** Attributes of the discovery <link rel="alternate" type="application/json+oembed">. */
export function oembedLink(site: string, id: string, title: string): { rel: 'alternate'; type: 'application/json+oembed'; href: string; title: string } {
  return { rel: 'alternate', type: 'application/json+oembed', href: site + oembedPath(id), title };
}
