import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inlineQuotes, inlineQuotesAt, notInSpeech } from './chapter-quotes.ts';

describe('inlineQuotes', () => {
  it('inlineQuotes(mdx) finds quotations in prose, not in frontmatter or component props', () => {
    const mdx = '---\ntitle: "A title"\n---\n\nHe said "Land is the property of the people." <Fig id="unused-land" />\n\n> "This caused an increase\n> in dependence on imports. […] This summer, there was a shortage of sugar"\n';
    expect(inlineQuotes(mdx)).toEqual([
      'Land is the property of the people',
      'This caused an increase in dependence on imports',
      'This summer, there was a shortage of sugar',
    ]);
  });
});

describe('notInSpeech', () => {
  const speech = 'Land is the property of the people.\u00a0They should benefit all citizens, and "not just" landowners.';
  it('notInSpeech(quotes, speech) accepts verbatim quotes whatever their white space, quote marks or first letter', () => {
    expect(notInSpeech(['land is the property of the people', 'They should benefit all citizens, and “not just” landowners'], speech)).toEqual([]);
  });

  it('notInSpeech(quotes, speech) returns quotes that were changed', () => {
    expect(notInSpeech(['Land is property of the people'], speech)).toEqual(['Land is property of the people']);
  });
});

describe('content/chapters', () => {
  const speechFile = new URL('../generated/speech.json', import.meta.url);
  const dir = new URL('../../content/chapters/', import.meta.url);
  it('content/chapters: every inline quotation is verbatim from the speech (run `npm run data` first)', () => {
    expect(existsSync(speechFile), 'src/generated/speech.json is missing: run `npm run data`').toBe(true);
    const speech = (JSON.parse(readFileSync(speechFile, 'utf8')) as { paragraphs: { sentences: { text: string }[] }[] }).paragraphs
      .flatMap((p) => p.sentences.map((s) => s.text))
      .join(' ');
    // Our own labels in quotation marks, not quotes of the speech.
    const labels = ['not yet checked'];
    const wrong = readdirSync(dir)
      .filter((f) => f.endsWith('.mdx'))
      .flatMap((f) => notInSpeech(inlineQuotes(readFileSync(new URL(f, dir), 'utf8')), speech, labels).map((q) => `${f}: “${q}”`));
    expect(wrong).toEqual([]);
  });
});

describe('inlineQuotesAt', () => {
  it('inlineQuotesAt(mdx) gives each quotation with its offset in the file, skipping {/* comments */}', () => {
    const mdx = '---\ntitle: "T"\n---\n\n{/* see "Add a figure" */} He said “Land is the property”.\n';
    const found = inlineQuotesAt(mdx);
    expect(found).toEqual([{ text: 'Land is the property', offset: mdx.indexOf('“') }]);
  });
});
