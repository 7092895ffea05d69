import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { graphicCsv, graphicJson, type GraphicFileInput, type SourceMeta } from './files.ts';

const source: SourceMeta = {
  title: 'The head of state held a meeting', outlet: 'Kazakhstanskaya Pravda', speaker: 'Kassym-Jomart Tokayev, President of Kazakhstan',
  meetingDate: '2022-10-20', meetingPlace: 'Taldykorgan', licenceNote: 'Third-party text, quoted with attribution.',
};
const g: GraphicFileInput = {
  id: 'x',
  title: 'Land',
  caption: 'Two figures,\nsame unit.',
  table: {
    columns: [{ key: 'label', label: 'What' }, { key: 'value', label: 'Value', numeric: true }, { key: 'quote', label: 'In the speech', fileOnly: true }],
    rows: [{ label: 'Unused land', value: 100000, quote: 'Today, 100,000 hectares, "unused"' }, { label: 'None', value: null, quote: null }],
  },
  sentences: [{ id: 'p4s1', href: '/speech/#p4s1', label: 'paragraph 4, sentence 1' }],
};

const ORIGIN = 'https://zhetysu.test';

/** Parses a download with the data build's strict RFC 4180 reader: any deviation fails the test. */
function parseDownload(csv: string) {
  const table = parseCsv(csv, 'x.csv');
  expect(table.problems).toEqual([]);
  return table;
}

describe('graphicCsv', () => {
  it('graphicCsv(g) is UTF-8 with BOM, CRLF lines, the header first and one line per row, nothing else', () => {
    const csv = graphicCsv(g, ORIGIN);
    expect(csv.startsWith('\uFEFFlabel,value,quote\r\n')).toBe(true);
    const table = parseDownload(csv);
    expect(table.header).toEqual(['label', 'value', 'quote']);
    expect(table.records.map((r) => r.cells)).toEqual([
      { label: 'Unused land', value: '100000', quote: 'Today, 100,000 hectares, "unused"' },
      { label: 'None', value: '', quote: '' },
    ]);
  });

  it('graphicCsv(g) makes root-relative links absolute against the public origin', () => {
    const linked: GraphicFileInput = { ...g, table: { columns: [{ key: 'sentences', label: 'Sentences' }], rows: [{ sentences: '/speech/#p1s1; /speech/#p2s3' }, { sentences: 'not / a link' }] } };
    expect(parseDownload(graphicCsv(linked, ORIGIN)).records.map((r) => r.cells['sentences'])).toEqual(['https://zhetysu.test/speech/#p1s1; https://zhetysu.test/speech/#p2s3', 'not / a link']);
  });

  it('graphicCsv(g) defuses text cells a spreadsheet would run as a formula, leaving numbers alone', () => {
    const risky: GraphicFileInput = { ...g, table: { columns: [{ key: 'label', label: 'Label' }, { key: 'value', label: 'Value', numeric: true }], rows: [
      { label: '=HYPERLINK("http://evil","x")', value: -5 }, { label: '+1', value: 0 }, { label: '-1', value: 1 }, { label: '@SUM(A1)', value: 2 }, { label: 'a=b', value: 3 },
    ] } };
    expect(parseDownload(graphicCsv(risky, ORIGIN)).records.map((r) => `${r.cells['label']} ${r.cells['value']}`)).toEqual([
      `'=HYPERLINK("http://evil","x") -5`, "'+1 0", "'-1 1", "'@SUM(A1) 2", 'a=b 3',
    ]);
  });
});

describe('graphicJson', () => {
  it('graphicJson(g, source) holds the same rows keyed by column, with source, licence and absolute sentence URLs', () => {
    const json = JSON.parse(graphicJson(g, source, ORIGIN)) as { rows: unknown[]; columns: unknown[]; licence: string; source: string; sentences: string[] };
    expect(json.rows).toEqual([{ label: 'Unused land', value: 100000, quote: 'Today, 100,000 hectares, "unused"' }, { label: 'None', value: null, quote: null }]);
    expect(json.columns).toHaveLength(3);
    expect(json.sentences).toEqual(['https://zhetysu.test/speech/#p4s1']);
    expect(json.licence).toContain('quoted with attribution');
    expect(json.source).toContain('Kazakhstanskaya Pravda');
  });
});
