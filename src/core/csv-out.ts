// CSV for downloads: RFC 4180, UTF-8 with a BOM so spreadsheets read the Cyrillic, header first, formula-looking cells defused.
export type CsvValue = string | number | null;

/** A cell: quoted when it holds a comma, quote or line break; a leading = + - @ (or tab, CR) is prefixed with ' so no spreadsheet runs it. */
export function csvCell(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/u.test(value) ? `'${value}` : value;
  return /[",\r\n]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The whole file: BOM, the header row of `columns`, one line per row, CRLF line ends as RFC 4180 asks. */
export function toCsv(columns: readonly string[], rows: readonly Readonly<Record<string, CsvValue>>[]): string {
  const lines = [columns.map(csvCell).join(','), ...rows.map((row) => columns.map((c) => csvCell(row[c] ?? null)).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
