// CSV that Excel and Google Sheets open as people expect: RFC 4180 quoting, CRLF line ends, and a
// UTF-8 byte-order mark, without which Excel reads Bengali as mojibake. Text that a spreadsheet
// would run as a formula is defused with a leading apostrophe (OWASP "CSV injection"): a buyer's
// name or note is typed by a stranger and must never become `=HYPERLINK(…)` in the seller's sheet.

export type CsvCell = string | number | null | undefined;

const BOM = '\uFEFF';

/**
 * Starts a formula in Excel, LibreOffice or Sheets: = + - @ (and their full-width forms, which some
 * of them fold to ASCII), after any leading whitespace; or a tab, CR or LF as the very first character.
 */
const FORMULA_START = /^(?:\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|[\t\r\n])/;

/** Must be quoted: a comma, a double quote or a line break. */
const NEEDS_QUOTES = /[",\r\n]/;

/** One cell as CSV text. Numbers are written as numbers (a negative number is data, not a formula). */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first usually the header) as one CSV document, BOM first, every line ended by CRLF. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
  return BOM + rows.map((row) => `${row.map(csvCell).join(',')}\r\n`).join('');
}

/** A CSV download: private, never cached, never sniffed as anything else. */
export function csvResponse(csv: string, filename: string): Response {
  return new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${filename.replace(/[^\w.-]/g, '_')}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
