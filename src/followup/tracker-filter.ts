// Progressive enhancement of the tracker table: search, filters kept in the URL, counts per option, sorting.
// The table is complete without it; this only hides and reorders rows.

/** Filter fields, in the order of the form; each is a URL parameter of the same name. */
export const FILTER_FIELDS = ['q', 'topic', 'district', 'deadline', 'status', 'source'] as const;
export type FilterField = (typeof FILTER_FIELDS)[number];
export type Filters = Record<FilterField, string>;

export const NO_FILTERS: Filters = { q: '', topic: '', district: '', deadline: '', status: '', source: '' };

export interface RowData {
  topic: string;
  districts: string[];
  /** ISO date, '' when none. */
  deadline: string;
  status: string;
  /** Source kinds behind the status. */
  sources: string[];
  /** Everything a reader may search for, lower case. */
  text: string;
}

/** Lower case without diacritics, so "Қ" and "é" searches are forgiving. */
export const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Does a row pass the filters on the given day (YYYY-MM-DD)? `skip` ignores one field, for option counts. */
export function matches(row: RowData, f: Filters, today: string, skip?: FilterField): boolean {
  const on = (field: FilterField): boolean => field !== skip && f[field] !== '';
  if (on('q') && !fold(f.q).split(/\s+/u).filter(Boolean).every((word) => row.text.includes(word))) return false;
  if (on('topic') && row.topic !== f.topic) return false;
  if (on('district') && !row.districts.includes(f.district)) return false;
  if (on('status') && row.status !== f.status) return false;
  if (on('source') && !row.sources.includes(f.source)) return false;
  if (on('deadline')) {
    if (f.deadline === 'none') return row.deadline === '';
    if (f.deadline === 'passed') return row.deadline !== '' && row.deadline < today;
    if (f.deadline === 'ahead') return row.deadline !== '' && row.deadline >= today;
  }
  return true;
}

/** The filters a URL's query string holds; unknown parameters are ignored. */
export function parseFilters(search: string): Filters {
  const params = new URLSearchParams(search);
  return Object.fromEntries(FILTER_FIELDS.map((k) => [k, params.get(k) ?? ''])) as Filters;
}

/** The query string for filters, empty ones left out ('' when none is set). */
export function serializeFilters(f: Filters, sort = ''): string {
  const params = new URLSearchParams();
  for (const k of FILTER_FIELDS) if (f[k] !== '') params.set(k, f[k]);
  if (sort !== '') params.set('sort', sort);
  const s = params.toString();
  return s === '' ? '' : `?${s}`;
}

/** How many rows each option of `field` would show, the other filters applied. */
export function optionCounts(rows: readonly RowData[], f: Filters, field: Exclude<FilterField, 'q'>, values: readonly string[], today: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) {
    const with_ = { ...f, [field]: value };
    counts.set(value, rows.filter((r) => matches(r, with_, today)).length);
  }
  return counts;
}

/**
 * Would an option count written on `countedOn` (YYYY-MM-DD) read differently on `today`? Only the
 * deadline filter depends on the day: a deadline between the two days has changed sides.
 */
export function countsChangedSince(deadlines: readonly string[], countedOn: string, today: string): boolean {
  if (countedOn === '') return true;
  const [from, to] = countedOn < today ? [countedOn, today] : [today, countedOn];
  return deadlines.some((d) => d !== '' && d >= from && d < to);
}

/** Compares two sort keys: numbers as numbers, empty last, text by locale. */
export function compareKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na - nb;
  return a.localeCompare(b, 'en');
}

/** Wires the form and the table's sort buttons; returns nothing, the page works without it. */
export function enhance(form: HTMLFormElement, table: HTMLTableElement, count: HTMLElement, today: string): void {
  const body = table.tBodies[0];
  if (!body) return;
  const rows = [...body.rows];
  // Reading and folding every row's text is most of the script's cost: it waits for the first filter.
  let data: Map<HTMLTableRowElement, RowData> | undefined;
  const rowData = (): Map<HTMLTableRowElement, RowData> => (data ??= new Map(rows.map((row) => [row, {
    topic: row.dataset['topic'] ?? '',
    districts: (row.dataset['districts'] ?? '').split(' ').filter(Boolean),
    deadline: row.dataset['deadline'] ?? '',
    status: row.dataset['status'] ?? '',
    sources: (row.dataset['sources'] ?? '').split(' ').filter(Boolean),
    text: fold(row.textContent ?? ''),
  } satisfies RowData])));
  const empty = form.querySelector<HTMLElement>('[data-empty]');
  const selects = [...form.querySelectorAll('select')];
  const headers = [...table.tHead?.rows[0]?.cells ?? []];
  let sort = new URLSearchParams(location.search).get('sort') ?? '';

  const current = (): Filters => {
    const fd = new FormData(form);
    return Object.fromEntries(FILTER_FIELDS.map((k) => [k, String(fd.get(k) ?? '')])) as Filters;
  };
  const apply = (): void => {
    const f = current();
    const all = [...rowData().values()];
    let shown = 0;
    for (const [row, d] of rowData()) {
      const ok = matches(d, f, today);
      if (row.hidden === ok) row.hidden = !ok;
      if (ok) shown++;
    }
    for (const select of selects) {
      const field = select.name as Exclude<FilterField, 'q'>;
      const options = [...select.options].filter((o) => o.value !== '');
      const counts = optionCounts(all, f, field, options.map((o) => o.value), today);
      for (const o of options) {
        const n = counts.get(o.value) ?? 0;
        // Unchanged text is not rewritten: each write lays the select out again.
        const text = `${o.dataset['label'] ?? o.text} (${n})`;
        if (o.textContent !== text) o.textContent = text;
        // An option that would show nothing is offered only while it is the one chosen.
        const disabled = n === 0 && !o.selected;
        if (o.disabled !== disabled) o.disabled = disabled;
      }
    }
    const line = `Showing ${shown} of ${rows.length}.`;
    if (count.textContent !== line) count.textContent = line;
    if (empty) empty.hidden = shown > 0;
    history.replaceState(null, '', `${location.pathname}${serializeFilters(f, sort)}${location.hash}`);
  };
  const sortBy = (key: string): void => {
    const [column, dir] = key.split(':');
    const index = headers.findIndex((th) => th.dataset['sort'] === column);
    if (index < 0) return;
    const sign = dir === 'desc' ? -1 : 1;
    const keyOf = (row: HTMLTableRowElement): string => row.cells[index]?.dataset['key'] ?? row.cells[index]?.textContent?.trim() ?? '';
    const sorted = [...rows].sort((a, b) => sign * compareKeys(keyOf(a), keyOf(b)) || rows.indexOf(a) - rows.indexOf(b));
    body.append(...sorted);
    headers.forEach((th, i) => {
      if (th.dataset['sort']) th.setAttribute('aria-sort', i === index ? (sign === 1 ? 'ascending' : 'descending') : 'none');
    });
  };
  for (const th of headers) {
    const column = th.dataset['sort'];
    if (!column) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.textContent = th.textContent ?? '';
    th.textContent = '';
    th.append(button);
    th.setAttribute('aria-sort', 'none');
    button.addEventListener('click', () => {
      sort = sort === `${column}:asc` ? `${column}:desc` : `${column}:asc`;
      sortBy(sort);
      apply();
    });
  }
  const initial = parseFilters(location.search);
  for (const k of FILTER_FIELDS) {
    const field = form.elements.namedItem(k);
    if (field instanceof HTMLInputElement || field instanceof HTMLSelectElement) field.value = initial[k];
  }
  // The page writes each option's bare label in data-label; an option without one keeps its text as the label.
  for (const select of selects) for (const o of select.options) o.dataset['label'] ??= o.text;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => queueMicrotask(() => {
    sort = '';
    body.append(...rows);
    headers.forEach((th) => th.dataset['sort'] && th.setAttribute('aria-sort', 'none'));
    apply();
  }));
  form.addEventListener('submit', (e) => e.preventDefault());
  if (sort) sortBy(sort);
  form.classList.add('is-ready');
  // The page is built showing every row and each option's count on its build day (data-counted-on):
  // filter and recount at load only when the URL asks for less, or a deadline has passed since.
  const deadlines = rows.map((row) => row.dataset['deadline'] ?? '');
  if (serializeFilters(initial, sort) !== '' || countsChangedSince(deadlines, form.dataset['countedOn'] ?? '', today)) apply();
}
