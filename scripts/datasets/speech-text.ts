// Loads and segments the verified speech copy; later builders check quotes against it.
import { readFileSync } from 'node:fs';
import type { Builder } from '../lib/builder.ts';
import { verifiedInputs } from '../lib/earlier.ts';
import { segmentSpeech, type Segmented } from '../lib/segment.ts';
import type { Source } from '../../src/schemas/source.ts';

export const speechText: Builder<Segmented | null> = {
  name: 'speech-text',
  after: ['inputs', 'source'],
  build(ctx) {
    const meta = ctx.earlier.get('source') as Source | null | undefined;
    const copy = meta ? verifiedInputs(ctx).get(meta.input) : undefined;
    // A missing speech was reported by the inputs or source builder; quotes then go unchecked.
    const value = copy ? segmentSpeech(readFileSync(copy.path, 'utf8')) : null;
    const count = value?.paragraphs.reduce((n, p) => n + p.sentences.length, 0) ?? 0;
    return { value, problems: [], outputs: new Map(), summary: value ? `${value.paragraphs.length} paragraphs, ${count} sentences` : 'speech not loaded' };
  },
};
