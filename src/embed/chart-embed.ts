// Everything /embed/<id>/ shows for a chart, computed once at build: the chart drawn for wide and
// narrow frames, its table, source, data files, chapter link and the iframe height at a 640 px column.
import { renderGraphic } from '../graphics/render.ts';
import type { GraphicDatasets } from '../charts/model/types.ts';
import type { GraphicEntry } from '../charts/registry.ts';
import type { Source } from '../schemas/source.ts';
import type { Topic } from '../schemas/topic.ts';
import { fitHeight } from './embed-code.ts';

/** The frame width below which EmbedFigure.astro swaps in the narrow layout (its @media max-width: 479.98px). */
const NARROW_BELOW = 480;
import { embedHeight } from './height.ts';
import { chapterLink, footerLines, footerSentences, type ChartEmbed } from './model.ts';
import { sourceLine } from '../core/source-line.ts';

export const WIDE_WIDTH = 640;
export const NARROW_WIDTH = 360;

/** `anchored`: the chart is on `topic`'s chapter page, so the link back can point at it. */
export function chartEmbed(entry: GraphicEntry, datasets: GraphicDatasets, topic: Topic, source: Source, anchored = true, today?: string): ChartEmbed {
  const options = today === undefined ? {} : { today };
  const wide = renderGraphic(entry, datasets, { ...options, width: WIDE_WIDTH, idPrefix: 'e' });
  const narrow = renderGraphic(entry, datasets, { ...options, width: NARROW_WIDTH, idPrefix: 'e' });
  const model: Omit<ChartEmbed, 'height'> = {
    kind: 'chart',
    id: entry.id,
    type: entry.type,
    title: wide.title,
    caption: wide.caption,
    description: wide.description,
    chapter: chapterLink(topic, anchored ? entry.id : null),
    wide: { svg: wide.svg, width: wide.width, height: wide.height },
    narrow: { svg: narrow.svg, width: narrow.width, height: narrow.height },
    graphic: wide.svg,
    table: wide.table,
    source: sourceLine(source),
    sentences: footerSentences(wide.sentences),
    counted: wide.counted,
    files: wide.files,
  };
  // Below 480 px the page shows the narrow layout (EmbedFigure.astro), so each width is measured with the graphic it shows.
  const height = fitHeight((width) => embedHeight(
    { title: model.title, caption: model.caption, graphic: width < NARROW_BELOW ? model.narrow : model.wide, footer: footerLines(model), table: model.table.rows.length > 0 },
    width,
  ));
  return { ...model, height };
}
