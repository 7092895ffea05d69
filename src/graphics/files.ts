// The "Get the data" files of a graphic: a CSV and a JSON holding exactly what it shows, with source and licence.
import type { Source } from '../schemas/source.ts';
import type { Cell, DataTable, SentenceRef } from './types.ts';

export interface GraphicFileInput {
  id: string;
  title: string;
  caption: string;
  table: DataTable;
  sentences: readonly SentenceRef[];
  /** Which figures we counted rather than read in the speech (null or absent when all are stated). */
  counted?: string | null;
}

/** The source metadata the files cite. */
export type SourceMeta = Pick<Source, 'title' | 'outlet' | 'speaker' | 'meetingDate' | 'meetingPlace' | 'licenceNote'>;

/** One line naming the speech and where it was published. */
export const sourceLine = (s: SourceMeta): string =>
  `${s.speaker}, meeting with the public of Zhetysu region, ${s.meetingPlace}, ${s.meetingDate}; English text "${s.title}", ${s.outlet}.`;

export const licenceLine = (s: SourceMeta): string =>
  `${s.licenceNote} Figures, labels and derived counts compiled by this project from that text; credit the project and the source when you reuse them.`;

/** RFC 4180 cell: quoted when it holds a comma, quote, or line break; empty for null. */
function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** CSV: `#` comment lines (title, caption, source, licence, sentences), then a header of column keys and the rows. */
export function graphicCsv(g: GraphicFileInput, source: SourceMeta): string {
  const comments = [
    g.title,
    g.caption,
    `Source: ${sourceLine(source)}`,
    `Sentences quoted: ${g.sentences.map((s) => s.href).join(' ')}`,
    ...(g.counted ? [g.counted] : []),
    `Licence: ${licenceLine(source)}`,
  ].map((line) => `# ${line.replace(/\s+/g, ' ')}`);
  const keys = g.table.columns.map((c) => c.key);
  const rows = g.table.rows.map((row) => keys.map((k) => csvCell(row[k] ?? null)).join(','));
  return `${[...comments, keys.join(','), ...rows].join('\n')}\n`;
}

/** JSON: the same rows with metadata, for code that reuses the graphic. */
export function graphicJson(g: GraphicFileInput, source: SourceMeta): string {
  const keys = g.table.columns.map((c) => c.key);
  return `${JSON.stringify({
    id: g.id,
    title: g.title,
    caption: g.caption,
    source: sourceLine(source),
    licence: licenceLine(source),
    sentences: g.sentences.map((s) => s.href),
    counted: g.counted ?? null,
    columns: g.table.columns.map(({ key, label }) => ({ key, label })),
    rows: g.table.rows.map((row) => Object.fromEntries(keys.map((k) => [k, row[k] ?? null]))),
  }, null, 2)}\n`;
}
