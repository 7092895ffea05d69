// The fallback image of a graphic (/embed/<id>/image.png): its title, the chart and the source, at twice
// the layout width for sharp screens. Shared by the PNG endpoint and the image embed code.
import { graphicImageSvg } from './card.ts';
import type { EmbedModel } from './model.ts';

export const IMAGE_SCALE = 2;

export function graphicImage(model: EmbedModel, host: string): { svg: string; width: number; height: number } {
  const image = graphicImageSvg({ title: model.title, graphic: model.graphic, source: `Source: ${model.source}.`, url: `${host}${model.chapter.href}` });
  return { svg: image.svg, width: image.width * IMAGE_SCALE, height: Math.round(image.height * IMAGE_SCALE) };
}
