// Cuts the speech into paragraphs and sentences with stable anchors (p4, p4s2) and folded-text offsets.
import { foldSpace } from './fold.ts';

export type ParagraphRole = 'title' | 'repeat' | 'body' | 'byline';

export interface Sentence {
  id: string;
  text: string;
  /** Offsets of the sentence in the folded speech (`Segmented.folded`), end exclusive. */
  start: number;
  end: number;
}

export interface Paragraph {
  id: string;
  /** `repeat` marks a line that repeats an earlier one verbatim (the source repeats its title). */
  role: ParagraphRole;
  sentences: Sentence[];
}

export interface Segmented {
  /** The whole speech with white space folded; paragraphs are joined by one space. */
  folded: string;
  paragraphs: Paragraph[];
}

// A sentence ends at . ! or ? (plus closing quotes) before a space and a capital, digit or opening
// quote; or, where the source lost the space ("worn out.All this"), between a small and a capital letter.
// A lower-case word after a stop ("Co. farm", "resolved. of this") does not start a sentence.
const SENTENCE_END = /[.!?]["”’)]*(?= ["“]?[A-Z0-9])|(?<=[a-z])[.!?](?=[A-Z])/gu;

/** Splits one folded paragraph into sentences with offsets relative to the paragraph. */
export function splitSentences(paragraph: string): { text: string; start: number; end: number }[] {
  const out: { text: string; start: number; end: number }[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    out.push({ text: paragraph.slice(start, end), start, end });
    start = paragraph[end] === ' ' ? end + 1 : end;
  }
  if (start < paragraph.length) out.push({ text: paragraph.slice(start), start, end: paragraph.length });
  return out;
}

/** Paragraphs are the non-empty lines of the speech, numbered from 1 in reading order. */
export function segmentSpeech(text: string): Segmented {
  const lines = text.split('\n').map(foldSpace).filter((line) => line !== '');
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const id = `p${index + 1}`;
    const role: ParagraphRole =
      index === 0 ? 'title' : lines.indexOf(line) < index ? 'repeat' : index === lines.length - 1 && /^By /u.test(line) ? 'byline' : 'body';
    const sentences = splitSentences(line).map((s, n) => ({
      id: `${id}s${n + 1}`,
      text: s.text,
      start: offset + s.start,
      end: offset + s.end,
    }));
    paragraphs.push({ id, role, sentences });
    offset += line.length + 1;
  });
  return { folded: lines.join(' '), paragraphs };
}
