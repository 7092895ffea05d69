// The one credit line for the speech, under charts, in embeds and in the data downloads.
import { formatDate } from './format.ts';

/** What the line names (the source dataset's fields). */
export interface SpeechSource {
  speaker: string;
  meetingPlace: string;
  /** YYYY-MM-DD. */
  meetingDate: string;
  outlet: string;
}

/** "Kassym-Jomart Tokayev, President of Kazakhstan, Taldykorgan, 20 Oct 2022 (Kazakhstanskaya Pravda, English text)". */
export const sourceLine = (source: SpeechSource): string =>
  `${source.speaker}, ${source.meetingPlace}, ${formatDate(source.meetingDate)} (${source.outlet}, English text)`;

/** The line with the article's title, for files that travel without the page: `sourceLine: "title".` */
export const sourceCitation = (source: SpeechSource & { title: string }): string => `${sourceLine(source)}: “${source.title}”.`;
