import { z } from 'zod';
import { cell, id, text } from './fields.ts';

/** A site path as readers see it: starts and ends with "/" ("/", "/chapters/sugar/", "/tracker/"). */
const page = () =>
  cell((raw) =>
    /^\/(?:[a-z0-9]+(?:-[a-z0-9]+)*\/)*$/u.test(raw)
      ? { ok: true, value: raw }
      : { ok: false, expected: 'a site path starting and ending with "/", e.g. /chapters/sugar/', hint: 'Write the path of the page as it appears in the address bar, without the domain.' },
  );

/** A real calendar date YYYY-MM-DD (required: a correction without a date is refused). */
const date = () =>
  cell((raw) => {
    const valid = /^\d{4}-\d{2}-\d{2}$/u.test(raw) && new Date(`${raw}T00:00:00Z`).toISOString().startsWith(raw);
    return valid ? { ok: true, value: raw } : { ok: false, expected: 'the date of the correction, a real date written YYYY-MM-DD', hint: 'E.g. 2026-12-01.' };
  });

/** A data row a correction changed: "<dataset>:<id>" (claims, instructions, projects). */
const row = () =>
  cell((raw) =>
    /^(?:claims|instructions|projects):[a-z0-9]+(?:-[a-z0-9]+)*$/u.test(raw)
      ? { ok: true, value: raw }
      : { ok: false, expected: 'a data row written dataset:id, with dataset one of claims, instructions, projects', hint: 'E.g. projects:elektromanganets.' },
  );

/** One correction of substance, shown on /corrections/ and on every page it touched (data/corrections.json). */
export const correction = z.strictObject({
  /** Stable kebab-case id; the anchor on /corrections/. */
  id: id(),
  /** Day the correction was published, YYYY-MM-DD. Required. */
  date: date(),
  /** One line for the note on the corrected page. */
  summary: text(),
  /** What the site said that was wrong, in our words (quote our old wording when it helps). */
  wrong: text(),
  /** What is right, in the speech's words where possible. */
  right: text(),
  /** Every page the correction touched; each gets a note linking here. At least one. */
  pages: z.array(page(), { error: 'pages must be a list of site paths' }).min(1, 'at least one page: the pages the correction touched'),
  /** Data rows it changed (none for prose-only corrections). */
  rows: z.array(row()).default([]),
});

export type Correction = z.output<typeof correction>;
