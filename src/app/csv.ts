/**
 * CSV writing (RFC 4180) that is safe to open in a spreadsheet: a text cell that starts with
 * = + - @ TAB or CR would be read as a formula, so it gets a leading apostrophe (OWASP advice).
 */
export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  // Numbers are written as numbers: a negative longitude is not a formula.
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(csvCell).join(',')];
  for (const row of rows) lines.push(row.map(csvCell).join(','));
  // CRLF line ends, as RFC 4180 says and spreadsheets expect.
  return `${lines.join('\r\n')}\r\n`;
}
