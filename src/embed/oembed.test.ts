import { describe, expect, it } from 'vitest';
import { oembed, oembedLink } from './oembed.ts';

describe('oembed', () => {
  it('oembed is a rich response carrying the embed code, size and thumbnail', () => {
    const response = oembed({
      site: 'https://s.example',
      id: 'roads-km',
      title: 'Roads',
      height: 400.2,
      providerName: 'Tokayev in Zhetysu',
      thumbnail: { path: '/embed/roads-km/card.png', width: 1200, height: 630 },
    });
    expect(response).toMatchObject({
      version: '1.0',
      type: 'rich',
      title: 'Roads',
      provider_name: 'Tokayev in Zhetysu',
      provider_url: 'https://s.example/',
      width: 640,
      height: 400,
      thumbnail_url: 'https://s.example/embed/roads-km/card.png',
      thumbnail_width: 1200,
      thumbnail_height: 630,
    });
    expect(response.html).toMatch(/^<iframe src="https:\/\/s.example\/embed\/roads-km\/"[^]*<script async src="https:\/\/s.example\/embed\/loader.js"><\/script>$/);
  });
});

describe('oembedLink', () => {
  it('oembedLink points discovery at the static JSON file', () => {
    expect(oembedLink('https://s.example', 'roads-km', 'Roads')).toEqual({
      rel: 'alternate',
      type: 'application/json+oembed',
      href: 'https://s.example/embed/roads-km/oembed.json',
      title: 'Roads',
    });
  });
});
