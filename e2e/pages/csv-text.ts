/**
 * Reading CSV texts back in the specs (exports, fixtures), independently of the app's own reader:
 * RFC 4180 rows (quotes, doubled quotes, CRLF).
 */

/** The rows of a CSV text; a BOM at the start is not part of the first cell. */
export function csvRows(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; } else if (c === '"') quoted = false; else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell.replace(/\r$/, '')); rows.push(row); row = []; cell = ''; }
    else cell += c;
  }
  if (cell || row.length) { row.push(cell); rows.push(row); }
  return rows;
}

/** The data rows as objects keyed by the header's names (single-cell lines, i.e. blank ones, left out). */
export function csvRecords(text: string): Record<string, string>[] {
  const [head, ...data] = csvRows(text);
  return data.filter((r) => r.length > 1).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}
