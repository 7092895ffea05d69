// The social card of a chapter (/og/<topic-id>.png), for the story engineer's og:image.
import { socialCardSvg, CARD_HEIGHT, CARD_WIDTH } from './card.ts';
import { svgToPng } from './png.ts';

export const CARD_FOOTER = 'President Tokayev’s speech to the public of Zhetysu region · Taldykorgan, 20 October 2022';

export function chapterCardPath(topicId: string): string {
  return `/og/${topicId}.png`;
}

/** What a chapter's <head> needs for its card: `og:image` (absolute), size and text alternative. */
export function chapterCardMeta(site: URL | undefined, topic: { id: string; title: string; summary: string }): { image: string; width: number; height: number; alt: string } {
  const image = new URL(chapterCardPath(topic.id), site ?? 'http://localhost:4321').href;
  return { image, width: CARD_WIDTH, height: CARD_HEIGHT, alt: `${topic.title}: ${topic.summary}` };
}

export function chapterCardPng(kicker: string, topic: { title: string; summary: string }): Promise<Uint8Array> {
  return svgToPng(socialCardSvg({ kicker, title: topic.title, summary: topic.summary, footer: CARD_FOOTER }), { width: CARD_WIDTH });
}
