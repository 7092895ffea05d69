// Frontmatter schema of a chapter, with ids checked against the datasets; content.config.ts wires it to the collection.
import { z } from 'zod';
import { suggestIds } from '../core/suggest-ids.ts';

/** The id sets the frontmatter refers to. */
export interface ChapterIds {
  claim: ReadonlySet<string>;
  topic: ReadonlySet<string>;
}

const files = { claim: 'data/claims.csv', topic: 'data/topics.csv' } as const;

/** A string that must be an id of the given dataset; the message lists the nearest ids. */
const idIn = (kind: keyof ChapterIds, ids: () => ChapterIds) =>
  z.string({ error: `${kind === 'claim' ? 'keyFigure' : 'topic'} is required: an id from ${files[kind]}.` }).superRefine((value, ctx) => {
    const valid = ids()[kind];
    if (valid.has(value)) return;
    const near = suggestIds(value, valid);
    ctx.addIssue({
      code: 'custom',
      message: `"${value}" is not a ${kind} id in ${files[kind]}.${near.length ? ` Did you mean: ${near.join(', ')}?` : ''}`,
    });
  });

/** Today as YYYY-MM-DD (UTC), the latest date `updated` may give. */
export const todayIso = (now = new Date()): string => now.toISOString().slice(0, 10);

/** What is wrong with an `updated` date as written, or undefined: it must be a real YYYY-MM-DD, not later than today. */
export function updatedProblem(raw: string, today = todayIso()): string | undefined {
  const fix = `Fix: write the date of the last change as YYYY-MM-DD, e.g. updated: ${today} for today.`;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  if (!m) return `"${raw}" is not written YYYY-MM-DD (year, month, day: a date like 01/12/2026 can be read two ways). ${fix}`;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (month < 1 || month > 12) return `"${raw}" is not a real date: there is no month ${month}. ${fix}`;
  if (date.getUTCDate() !== day) return `"${raw}" is not a real date: month ${month} of ${year} has no day ${day}. ${fix}`;
  if (raw > today) return `"${raw}" is in the future (today is ${today}). ${fix}`;
  return undefined;
}

/** Text the scaffold (npm run new:chapter) writes for the editor to replace; a chapter that still holds it is not finished. */
export const PLACEHOLDER = /\b(?:TODO|One sentence that tells the reader)\b/;

/** Builds the schema; `ids` is called lazily so the datasets are read only when a chapter is checked. */
export function chapterSchema(ids: () => ChapterIds) {
  return z.object({
    /** Headline of the chapter page, also its <title>. */
    title: z
      .string({ error: 'title is required: the chapter headline, in quotes.' })
      .min(3, 'title is too short.')
      .refine((s) => !PLACEHOLDER.test(s), 'title still holds the placeholder of npm run new:chapter: write the headline.')
      .refine((s) => !/\d/.test(s), 'title must not contain typed numbers, years included: a number in a headline cannot link to its sentence. Reword it; give the figure in the text with <Fig> or <When>.'),
    /** One sentence under the headline; also the meta description. */
    dek: z
      .string({ error: 'dek is required: one sentence under the headline (it is also the meta description).' })
      .min(20, 'dek is too short: write one full sentence (20–200 characters).')
      .max(200, 'dek is too long: keep it under 200 characters (it is the meta description).')
      .refine((s) => !/\d/.test(s), 'dek must not contain typed numbers, years included: figures come from the datasets, through <Fig> and <When> in the text.')
      .refine((s) => !PLACEHOLDER.test(s), 'dek still holds the placeholder of npm run new:chapter: write the one sentence under the headline.'),
    /** Position in the story: 0 is the opening chapter; each chapter has its own. */
    order: z.number({ error: 'order is required: a whole number, 0 for the opening chapter, then 1, 2, …' }).int().min(0),
    /** The theme of the speech the chapter covers: an id from data/topics.csv. */
    topic: idIn('topic', ids),
    /** The claim shown for the chapter on the home page, an id from data/claims.csv; leave out when the speech gives no figure. */
    keyFigure: idIn('claim', ids).optional(),
    /** Date of the last change, YYYY-MM-DD; the article's dateModified. */
    // YAML reads 2026-13-01 as a Date (rolled over to 2027-01-01): only its being in the future can be seen then; check-chapters.ts reads the text.
    updated: z
      .union([z.string(), z.date()], { error: 'updated is required: the date of the last change, as YYYY-MM-DD.' })
      .superRefine((value, ctx) => {
        const problem = updatedProblem(typeof value === 'string' ? value : value.toISOString().slice(0, 10));
        if (problem) ctx.addIssue({ code: 'custom', message: `updated: ${problem}` });
      })
      .transform((value) => (typeof value === 'string' ? new Date(`${value}T00:00:00Z`) : value)),
  });
}
