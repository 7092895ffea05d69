// Locates the known flaws of the published speech (data/source.json) and checks that no missing space goes unlisted.
import type { Problem } from './builder.ts';
import { locateQuote } from './quote.ts';
import type { Segmented } from './segment.ts';
import { sentencesBetween } from './sentences.ts';
import type { Source } from '../../src/schemas/source.ts';
import type { SpeechDefect } from '../../src/schemas/speech.ts';

/** Where the source lost the space after a stop ("worn out.All"), in the folded text. */
const MISSING_SPACE = /(?<=[a-z])[.!?](?=[A-Z])/gu;

/** Each listed defect with its sentences and count; problems for an excerpt not found once, and for unlisted missing spaces. */
export function locateDefects(speech: Segmented, listed: Source['knownDefects'] | null, file: string): { defects: SpeechDefect[]; problems: Problem[] } {
  if (listed === null) return { defects: [], problems: [] };
  const problems: Problem[] = [];
  const covered: [number, number][] = [];
  const defects = listed.map((d, index): SpeechDefect => {
    const field = `known_defects[${index}].excerpt`;
    if (d.kind === 'repeated-title') {
      const repeats = speech.paragraphs.filter((p) => p.role === 'repeat');
      return { ...d, sentences: repeats.flatMap((p) => p.sentences.map((s) => s.id)), count: repeats.length };
    }
    if (d.kind === 'non-breaking-space') {
      const count = speech.paragraphs.reduce((n, p) => n + [...p.source].filter((c) => c === '\u00a0').length, 0);
      const sentences = speech.paragraphs.flatMap((p) => p.sentences.filter((s) => s.after.includes('\u00a0')).map((s) => s.id));
      return { ...d, sentences, count };
    }
    const match = d.excerpt === null ? null : locateQuote(speech.folded, d.excerpt);
    if (match === null || match.count !== 1) {
      problems.push({ file, field, received: d.excerpt ?? '', expected: 'an exact excerpt of the speech found in one place',
        hint: match === null ? 'Copy the words around the flaw from the speech, flaw included.' : `It occurs ${match.count} times: add neighbouring words.` });
      return { ...d, sentences: [], count: 0 };
    }
    if (d.kind === 'missing-space') covered.push([match.start, match.end]);
    return { ...d, sentences: sentencesBetween(speech, match.start, match.end), count: 1 };
  });
  for (const m of speech.folded.matchAll(MISSING_SPACE)) {
    if (covered.some(([start, end]) => m.index >= start && m.index < end)) continue;
    const around = speech.folded.slice(Math.max(0, m.index - 12), m.index + 14);
    problems.push({ file, field: 'known_defects', received: `“…${around}…” not listed`, expected: 'every place the speech lost the space after a stop listed as a missing-space defect',
      hint: `Add { "kind": "missing-space", "excerpt": "${around.trim()}", "note": "No space after the full stop." }.` });
  }
  return { defects, problems };
}
