// Emits speech.json: paragraphs and sentences with anchors, each sentence listing the rows that quote it.
import type { Builder } from '../lib/builder.ts';
import { earlierList, earlierSpeech } from '../lib/earlier.ts';
import { generated, toJson } from '../lib/output.ts';
import { locateDefects } from '../lib/defects.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { Speech } from '../../src/schemas/speech.ts';

type Linked = 'claims' | 'instructions' | 'projects' | 'statements';

export const speech: Builder<Speech | null> = {
  name: 'speech',
  after: ['source', 'speech-text', 'claims', 'instructions', 'projects', 'statements'],
  build(ctx) {
    const text = earlierSpeech(ctx);
    if (text === null) return { value: null, problems: [], outputs: new Map() };
    const quoting = new Map<string, Record<Linked, string[]>>();
    for (const name of ['claims', 'instructions', 'projects', 'statements'] as const) {
      for (const value of earlierList<{ id: string; sentences: string[] }>(ctx, name)) {
        for (const id of value.sentences) {
          const entry = quoting.get(id) ?? { claims: [], instructions: [], projects: [], statements: [] };
          entry[name].push(value.id);
          quoting.set(id, entry);
        }
      }
    }
    const meta = ctx.earlier.get('source') as Source | null | undefined;
    const { defects, problems } = locateDefects(text, meta?.knownDefects ?? null, 'data/source.json');
    const value: Speech = {
      paragraphs: text.paragraphs.map((p) => ({
        id: p.id,
        role: p.role,
        source: p.source,
        before: p.before,
        sentences: p.sentences.map((s) => ({ id: s.id, text: s.text, source: s.source, after: s.after, ...(quoting.get(s.id) ?? { claims: [], instructions: [], projects: [], statements: [] }) })),
      })),
      defects,
    };
    return { value, problems, outputs: new Map([[generated('speech'), toJson(value)]]), summary: `${quoting.size} sentences quoted` };
  },
};
