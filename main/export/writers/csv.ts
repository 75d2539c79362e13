/**
 * CSV text for Excel and for scripts: UTF-8 with BOM (Excel reads UTF-8 only with it), CRLF,
 * RFC 4180 quoting, and cells that a spreadsheet would run as a formula neutralized.
 */

/** Excel, LibreOffice and Sheets treat a cell starting with these as a formula (OWASP CSV injection). */
const FORMULA_START = /^[=+\-@\t\r]/;

export const CSV_BOM = '\uFEFF';

/** Prefixes a formula-looking cell with an apostrophe, which spreadsheets show as text. */
export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function quoteCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csvLine(cells: readonly string[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    if (i > 0) out += ',';
    out += quoteCell(neutralizeCell(cells[i]));
  }
  return out + '\r\n';
}

export function csvLines(rows: readonly (readonly string[])[]): string {
  let out = '';
  for (const r of rows) out += csvLine(r);
  return out;
}
