// RFC 4180 writer for Dutch Excel: `;` delimiter, CRLF, UTF-8 with BOM, and formula
// neutralisation. Submitted text is untrusted: a cell that a spreadsheet would read as a
// formula (`=`, `+`, `-`, `@`, or a leading tab/CR that some tools strip first) gets a `'`
// in front, which spreadsheets show as text and never evaluate.

export const CSV_DELIMITER = ';';
export const CSV_LINE_END = '\r\n';
export const CSV_BOM = '\uFEFF';
export const LIST_SEPARATOR = '|';

const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[;"\r\n]/;

export type CsvValue = string | number | boolean | null | readonly string[];

/**
 * How values become cell text: lists joined with `|`, `null` (absent) as an empty cell,
 * booleans as `true`/`false` (Table Schema's default true/false values), integers in decimal.
 */
export function cellText(value: CsvValue): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return value.join(LIST_SEPARATOR);
}

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function quoteCell(text: string): string {
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvCell(value: CsvValue): string {
  return quoteCell(neutraliseFormula(cellText(value)));
}

/** A whole CSV file: BOM, header row, one row per record, every line ended by CRLF. */
export function csvText(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(CSV_DELIMITER) + CSV_LINE_END);
  return CSV_BOM + lines.join('');
}
