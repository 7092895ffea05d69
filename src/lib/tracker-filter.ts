// Progressive enhancement of the tracker table: filter rows by topic, district and deadline; the table works without it.

export interface Filters {
  topic: string;
  district: string;
  /** '' (any), 'passed', 'ahead' (date not yet reached) or 'none' (no date). */
  deadline: string;
}

export interface RowData {
  topic: string;
  districts: string[];
  /** ISO date, '' when none. */
  deadline: string;
}

/** Does a row pass the filters on the given day (YYYY-MM-DD)? */
export function matches(row: RowData, f: Filters, today: string): boolean {
  if (f.topic && row.topic !== f.topic) return false;
  if (f.district && !row.districts.includes(f.district)) return false;
  if (f.deadline === 'none') return row.deadline === '';
  if (f.deadline === 'passed') return row.deadline !== '' && row.deadline < today;
  if (f.deadline === 'ahead') return row.deadline !== '' && row.deadline >= today;
  return true;
}

/** Wires the form to the table: shows the form, filters on change, announces the count. */
export function enhance(form: HTMLFormElement, rows: HTMLElement[], count: HTMLElement, today: string): void {
  const apply = (): void => {
    const data = new FormData(form);
    const f: Filters = { topic: String(data.get('topic') ?? ''), district: String(data.get('district') ?? ''), deadline: String(data.get('deadline') ?? '') };
    let shown = 0;
    for (const row of rows) {
      const ok = matches({ topic: row.dataset['topic'] ?? '', districts: (row.dataset['districts'] ?? '').split(' ').filter(Boolean), deadline: row.dataset['deadline'] ?? '' }, f, today);
      row.hidden = !ok;
      if (ok) shown++;
    }
    count.textContent = `Showing ${shown} of ${rows.length}.`;
  };
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (e) => e.preventDefault());
  form.hidden = false;
  apply();
}
