import { describe, expect, it } from 'vitest';
import { locateDefects } from './defects.ts';
import { segmentSpeech } from './segment.ts';

const speech = segmentSpeech('Title\n\nTitle\n\nIt is worn out.All this needs work.\u00a0In addition In addition, more.\n');
const note = 'No space after the full stop.';

describe('locateDefects', () => {
  it('locateDefects(speech, listed) ties each excerpt to its sentences and counts flaws found by kind', () => {
    const { defects, problems } = locateDefects(speech, [
      { kind: 'missing-space', excerpt: 'worn out.All this', note },
      { kind: 'doubled-phrase', excerpt: 'In addition In addition', note: 'Printed twice.' },
      { kind: 'repeated-title', excerpt: null, note: 'Headline twice.' },
      { kind: 'non-breaking-space', excerpt: null, note: 'NBSP.' },
    ], 'data/source.json');
    expect(problems).toEqual([]);
    expect(defects.map((d) => [d.kind, d.sentences.join(','), d.count])).toEqual([
      ['missing-space', 'p3s1,p3s2', 1],
      ['doubled-phrase', 'p3s3', 1],
      ['repeated-title', 'p2s1', 1],
      ['non-breaking-space', 'p3s2', 1],
    ]);
  });

  it('locateDefects(speech, listed) reports an excerpt not in the speech and a missing space nobody listed', () => {
    const { problems } = locateDefects(speech, [{ kind: 'doubled-stop', excerpt: 'said. .', note: 'Twice.' }], 'data/source.json');
    expect(problems.map((p) => `${p.field}: ${p.received} — ${p.expected}`)).toEqual([
      'known_defects[0].excerpt: said. . — an exact excerpt of the speech found in one place',
      'known_defects: “… is worn out.All this need…” not listed — every place the speech lost the space after a stop listed as a missing-space defect',
    ]);
  });
});
