// The "Get the data" files of a graphic: a clean CSV of exactly what it shows, and a JSON sidecar adding source and licence.
import type { Source } from '../schemas/source.ts';
import { absoluteUrl } from '../core/site-url.ts';
import { toCsv } from '../core/csv-out.ts';
import { sourceCitation } from '../core/source-line.ts';
import type { Cell, DataTable, SentenceRef } from '../charts/model/types.ts';

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


export const licenceLine = (s: SourceMeta): string =>
  `${s.licenceNote} Figures, labels and derived counts compiled by this project from that text; credit the project and the source when you reuse them.`;

/** Root-relative links in a cell (one, or a "; " list) made absolute, so they work once the file is downloaded. */
function absoluteLinks(text: string, origin: string): string {
  const parts = text.split('; ');
  return parts.every((part) => part.startsWith('/') && !part.startsWith('//')) ? parts.map((part) => absoluteUrl(part, origin)).join('; ') : text;
}

/**
 * CSV per RFC 4180 (src/core/csv-out.ts: BOM, CRLF, formulas defused): the header of column keys on the first line, then one
 * line per row, links made absolute, and nothing else. Title, source, licence and sentence URLs are in the JSON file of the same name.
 */
export function graphicCsv(g: GraphicFileInput, origin: string): string {
  const keys = g.table.columns.map((c) => c.key);
  const rows = g.table.rows.map((row) => Object.fromEntries(keys.map((k) => {
    const value = row[k] ?? null;
    return [k, typeof value === 'string' ? absoluteLinks(value, origin) : value];
  })));
  return toCsv(keys, rows);
}

/** JSON: the same rows with the provenance the CSV leaves out (title, caption, source, licence, sentence URLs). */
export function graphicJson(g: GraphicFileInput, source: SourceMeta, origin: string): string {
  const keys = g.table.columns.map((c) => c.key);
  const cell = (value: Cell): Cell => (typeof value === 'string' ? absoluteLinks(value, origin) : value);
  return `${JSON.stringify({
    id: g.id,
    title: g.title,
    caption: g.caption,
    source: sourceCitation(source),
    licence: licenceLine(source),
    sentences: g.sentences.map((s) => absoluteUrl(s.href, origin)),
    counted: g.counted ?? null,
    columns: g.table.columns.map(({ key, label }) => ({ key, label })),
    rows: g.table.rows.map((row) => Object.fromEntries(keys.map((k) => [k, cell(row[k] ?? null)]))),
  }, null, 2)}\n`;
}
