import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePaths } from './paths.ts';
import { segmentSpeech, splitSentences } from './segment.ts';

const texts = (paragraph: string): string[] => splitSentences(paragraph).map((s) => s.text);

describe('splitSentences', () => {
  it('splitSentences(text) splits at a stop before a capital, digit or opening quote', () => {
    expect(texts('One is here. Two is there! "Three?" 4 more. “Five.”')).toEqual(['One is here.', 'Two is there!', '"Three?"', '4 more.', '“Five.”']);
  });

  it('splitSentences(text) splits where the source lost the space after a stop', () => {
    expect(texts('are worn out.All this needs work.We face it.')).toEqual(['are worn out.', 'All this needs work.', 'We face it.']);
  });

  it('splitSentences(text) does not split before a lower-case word or inside numbers', () => {
    expect(texts('the Zhazylbekov and Co. farm, was awarded. 1.2 thousand km.')).toEqual(['the Zhazylbekov and Co. farm, was awarded.', '1.2 thousand km.']);
    expect(texts('must be urgently resolved. of this instruction.')).toEqual(['must be urgently resolved. of this instruction.']);
  });

  it('splitSentences(text) keeps "III degree." and a closing quote with their sentence', () => {
    expect(texts('the Order "Enbek danky" III degree. Mukhit was awarded.')).toEqual(['the Order "Enbek danky" III degree.', 'Mukhit was awarded.']);
    expect(texts('all settlements," the president said. .')).toEqual(['all settlements," the president said. .']);
  });

  it('splitSentences(text) gives offsets into the paragraph', () => {
    const paragraph = 'One. Two.';
    expect(splitSentences(paragraph).map((s) => paragraph.slice(s.start, s.end))).toEqual(['One.', 'Two.']);
  });
});

describe('segmentSpeech', () => {
  it('segmentSpeech(text) numbers paragraphs by non-empty line and folds NBSP between sentences', () => {
    const result = segmentSpeech('Title\n\nTitle\n\nFirst.\u00a0Second one.\n\nBy the Paper\n');
    expect(result.folded).toBe('Title Title First. Second one. By the Paper');
    expect(result.paragraphs.map((p) => [p.id, p.role, p.sentences.map((s) => s.id)])).toEqual([
      ['p1', 'title', ['p1s1']],
      ['p2', 'repeat', ['p2s1']],
      ['p3', 'body', ['p3s1', 'p3s2']],
      ['p4', 'byline', ['p4s1']],
    ]);
    for (const s of result.paragraphs.flatMap((p) => p.sentences)) expect(result.folded.slice(s.start, s.end)).toBe(s.text);
  });

  it('segmentSpeech(speech) cuts the real speech into stable anchors', () => {
    const paths = resolvePaths(resolve(import.meta.dirname, '../..'), [], process.env);
    const result = segmentSpeech(readFileSync(join(paths.mirrorDir, 'source/speech.en.txt'), 'utf8'));
    const sentences = result.paragraphs.flatMap((p) => p.sentences);
    expect([result.paragraphs.length, sentences.length]).toEqual([38, 141]);
    expect(sentences.find((s) => s.id === 'p6s7')?.text).toBe('All this needs to be restored and modernized.');
    expect(sentences.find((s) => s.id === 'p37s4')?.text.endsWith('III degree.')).toBe(true);
    for (const s of sentences) expect(result.folded.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('segmentSpeech exact source', () => {
  const rebuilt = (p: { before: string; sentences: { source: string; after: string }[] }): string => p.before + p.sentences.map((s) => s.source + s.after).join('');

  it('segmentSpeech(text) keeps each line exactly: non-breaking spaces, missing spaces and a trailing NBSP', () => {
    const line = ' First.\u00a0Second one.Third  part. .\u00a0';
    const [p] = segmentSpeech(`${line}\n`).paragraphs;
    expect(p?.source).toBe(line);
    expect(p?.sentences.map((s) => [s.text, s.source, s.after])).toEqual([
      ['First.', 'First.', '\u00a0'],
      ['Second one.', 'Second one.', ''],
      ['Third part. .', 'Third  part. .', '\u00a0'],
    ]);
    expect(p && rebuilt(p)).toBe(line);
  });

  it('segmentSpeech(speech) rebuilds every line of the real speech from its sentences', () => {
    const paths = resolvePaths(resolve(import.meta.dirname, '../..'), [], process.env);
    const text = readFileSync(join(paths.mirrorDir, 'source/speech.en.txt'), 'utf8');
    const lines = text.split('\n').filter((l) => l.trim() !== '');
    const { paragraphs } = segmentSpeech(text);
    expect(paragraphs.map(rebuilt)).toEqual(lines);
    expect(paragraphs.find((p) => p.id === 'p6')?.sentences.filter((s) => s.after === '').length).toBeGreaterThan(1);
  });
});
