// How each follow-up status and source kind is named and drawn: one place for the words and the marks.
import type { FollowupStatus, SourceKind } from '../schemas/followup.ts';
import { FOLLOWUP_STATUSES } from '../schemas/followup.ts';
import type { UnitStyle } from '../charts/units/render.ts';

export interface StatusLook {
  /** CSS class suffix: `status-done`. */
  slug: string;
  /** Colour token of the chart palette. */
  colour: string;
  /** Square style, so print and colour-blind readers keep the meaning. */
  style: UnitStyle;
  /** One line a reader sees beside the scale. */
  meaning: string;
}

export const STATUS_LOOK: Record<FollowupStatus, StatusLook> = {
  'reported done': { slug: 'done', colour: 'c-green', style: 'filled', meaning: 'A source reports the work finished or the thing launched.' },
  'reported partly done': { slug: 'partly', colour: 'c-green', style: 'hatched', meaning: 'A source reports part of it done, or done without the figure the speech set.' },
  'reported under way': { slug: 'under-way', colour: 'c-blue', style: 'filled', meaning: 'A source reports work started and not finished.' },
  'reported delayed or stalled': { slug: 'delayed', colour: 'c-orange', style: 'filled', meaning: 'A source reports the target missed, moved or the work stopped.' },
  'reported dropped': { slug: 'dropped', colour: 'c-red', style: 'filled', meaning: 'A source reports it abandoned.' },
  'no public report found': { slug: 'none-found', colour: 'c-neutral', style: 'outline', meaning: 'We searched in English, Russian and Kazakh and found no report.' },
  'unclear as worded': { slug: 'unclear', colour: 'c-neutral', style: 'hatched', meaning: 'The speech names no outcome that could be checked.' },
  'not yet checked': { slug: 'unchecked', colour: 'c-neutral', style: 'outline', meaning: 'Nobody has looked yet.' },
};

/** Statuses in the order the tracker lists them: what was reported first, what cannot be told last. */
export const STATUS_ORDER: readonly FollowupStatus[] = [
  'reported done', 'reported partly done', 'reported under way', 'reported delayed or stalled', 'reported dropped', 'no public report found', 'unclear as worded', 'not yet checked',
];

// Each status once, in an order a reader follows; a new status in the schema must be placed here too.
if (STATUS_ORDER.length !== FOLLOWUP_STATUSES.length) throw new Error('src/followup/status.ts: STATUS_ORDER must list every status of src/schemas/followup.ts once.');

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  official: 'official body',
  company: 'the company',
  news: 'news outlet',
  independent: 'independent source',
};

/** "news outlet", "official body and news outlet": who the status rests on. */
export function sourceKindsText(kinds: readonly SourceKind[]): string {
  const words = kinds.map((k) => SOURCE_KIND_LABEL[k]);
  if (words.length <= 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

const LANGUAGE_NAME = { en: 'English', ru: 'Russian', kk: 'Kazakh' } as const;
/** "Russian" for `ru`. */
export const languageName = (code: keyof typeof LANGUAGE_NAME): string => LANGUAGE_NAME[code];

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "23 Oct 2025", "October 2025" for a month, or the text as given ("date not shown"). */
export function reportDateText(date: string, formatDay: (iso: string) => string): string {
  if (/^\d{4}-\d{2}-\d{2}$/u.test(date)) return formatDay(date);
  const m = /^(\d{4})-(\d{2})$/u.exec(date);
  if (m) return `${MONTHS[Number(m[2]) - 1] ?? ''} ${m[1]}`;
  return date;
}
