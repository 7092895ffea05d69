// Cuts the speech into paragraphs and sentences with stable anchors (p4, p4s2) and folded-text offsets.
import { foldSpace } from './fold.ts';

export type ParagraphRole = 'title' | 'repeat' | 'body' | 'byline';

export interface Sentence {
  id: string;
  /** The sentence with white space folded to single spaces (what quotes are matched against). */
  text: string;
  /** The sentence exactly as published, its white space (non-breaking spaces included) untouched. */
  source: string;
  /** The exact characters between this sentence and the next (or the end of the line): "", " " or "\u00a0". */
  after: string;
  /** Offsets of the sentence in the folded speech (`Segmented.folded`), end exclusive. */
  start: number;
  end: number;
}

export interface Paragraph {
  id: string;
  /** `repeat` marks a line that repeats an earlier one verbatim (the source repeats its title). */
  role: ParagraphRole;
  /** The line exactly as published; equals `before` + each sentence's `source` + `after`. */
  source: string;
  /** White space at the start of the line, as published. */
  before: string;
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

/** A line folded as foldSpace does, with the raw offset of every folded character (and of the end). */
export function foldWithOffsets(raw: string): { folded: string; at: number[] } {
  let folded = '';
  const at: number[] = [];
  let gap = -1;
  for (let i = 0; i < raw.length; i += 1) {
    if (/\s/u.test(raw[i] ?? '')) {
      if (gap < 0) gap = i;
      continue;
    }
    if (gap >= 0 && folded !== '') {
      folded += ' ';
      at.push(gap);
    }
    gap = -1;
    folded += raw[i];
    at.push(i);
  }
  return { folded, at };
}

/** Paragraphs are the non-empty lines of the speech, numbered from 1 in reading order. */
export function segmentSpeech(text: string): Segmented {
  const raws = text.split('\n').filter((line) => foldSpace(line) !== '');
  const lines = raws.map(foldSpace);
  const paragraphs: Paragraph[] = [];
  let offset = 0;
  lines.forEach((line, index) => {
    const id = `p${index + 1}`;
    const raw = raws[index] ?? '';
    const { at } = foldWithOffsets(raw);
    const role: ParagraphRole =
      index === 0 ? 'title' : lines.indexOf(line) < index ? 'repeat' : index === lines.length - 1 && /^By /u.test(line) ? 'byline' : 'body';
    const parts = splitSentences(line);
    // Raw bounds of each sentence: its first character, and one past its last.
    const bounds = parts.map((s) => ({ from: at[s.start] ?? 0, to: (at[s.end - 1] ?? -1) + 1 }));
    const sentences = parts.map((s, n) => ({
      id: `${id}s${n + 1}`,
      text: s.text,
      source: raw.slice(bounds[n]?.from, bounds[n]?.to),
      after: raw.slice(bounds[n]?.to, bounds[n + 1]?.from ?? raw.length),
      start: offset + s.start,
      end: offset + s.end,
    }));
    paragraphs.push({ id, role, source: raw, before: raw.slice(0, bounds[0]?.from ?? 0), sentences });
    offset += line.length + 1;
  });
  return { folded: lines.join(' '), paragraphs };
}
