import { describe, expect, it } from 'vitest';
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

describe('graphicCsv', () => {
  it('graphicCsv(g, source) starts with comment lines naming title, source, sentences and licence', () => {
    const lines = graphicCsv(g, source).split('\n');
    expect(lines.slice(0, 5)).toEqual([
      '# Land',
      '# Two figures, same unit.',
      '# Source: Kassym-Jomart Tokayev, President of Kazakhstan, meeting with the public of Zhetysu region, Taldykorgan, 2022-10-20; English text "The head of state held a meeting", Kazakhstanskaya Pravda.',
      '# Sentences quoted: /speech/#p4s1',
      '# Licence: Third-party text, quoted with attribution. Figures, labels and derived counts compiled by this project from that text; credit the project and the source when you reuse them.',
    ]);
  });
  it('graphicCsv(g) writes every column, file-only ones too, quoting per RFC 4180', () => {
    const lines = graphicCsv(g, source).trimEnd().split('\n');
    expect(lines.slice(5)).toEqual(['label,value,quote', 'Unused land,100000,"Today, 100,000 hectares, ""unused"""', 'None,,']);
  });
});

describe('graphicJson', () => {
  it('graphicJson(g, source) holds the same rows keyed by column, with source and licence', () => {
    const json = JSON.parse(graphicJson(g, source)) as { rows: unknown[]; columns: unknown[]; licence: string; sentences: string[] };
    expect(json.rows).toEqual([{ label: 'Unused land', value: 100000, quote: 'Today, 100,000 hectares, "unused"' }, { label: 'None', value: null, quote: null }]);
    expect(json.columns).toHaveLength(3);
    expect(json.sentences).toEqual(['/speech/#p4s1']);
    expect(json.licence).toContain('quoted with attribution');
  });
});
