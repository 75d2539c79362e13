/**
 * An XLSX workbook to rows of text, sheet by sheet, as a CSV file would give them: dates become
 * wall-clock text (`YYYY-MM-DD HH:MM:SS`) so the source reads them in the import's time zone
 * (Excel stores a date as a serial day count with no zone: 45426.5 is noon on 2024-05-14 wherever
 * it is opened), and each row keeps its spreadsheet row number.
 */
import { say } from '../../../shared/model/ingest-text';
import * as XLSX from 'xlsx';
import yauzl from 'yauzl';
import { inMb, LimitError, MAX_CELL_CHARS, MAX_XLSX_EXPANDED_BYTES } from '../limits';

export interface SheetRow { row: number; fields: string[] }
export interface Sheet { name: string; rows: SheetRow[] }

const DAY_MS = 86_400_000;
/** Day 0 of Excel's 1900 date system is 1899-12-31, but its serials count a 1900-02-29 that never was. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Wall-clock text of an Excel date serial, to the nearest second. */
export function serialToWallText(serial: number, date1904 = false): string {
  let ms = Math.round(serial * 86_400) * 1000 + (date1904 ? 1462 * DAY_MS : 0);
  if (!date1904 && serial < 61) ms += DAY_MS; // before the phantom 1900-02-29
  const d = new Date(EXCEL_EPOCH + ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
}

function cellText(cell: XLSX.CellObject | undefined, date1904: boolean): string {
  if (!cell) return '';
  switch (cell.t) {
    case 's': return String(cell.v ?? '');
    case 'n': {
      const v = cell.v as number;
      return cell.z !== undefined && XLSX.SSF.is_date(cell.z) ? serialToWallText(v, date1904) : String(v);
    }
    case 'b': return cell.v ? 'TRUE' : 'FALSE';
    case 'd': return cell.v instanceof Date ? serialToWallText(cell.v.getTime() / DAY_MS + 25569) : String(cell.v ?? '');
    case 'e': return cell.w ?? '#ERROR';
    default: return '';
  }
}

/**
 * The workbook's parts are expanded in memory by the xlsx library, so their declared sizes are
 * checked first (the ZIP container of an XLSX can be a bomb like any other).
 */
export function checkXlsxExpansion(bytes: Buffer, where: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(bytes, { lazyEntries: true, decodeStrings: false }, (err, zip) => {
      if (err) return reject(new Error(`${where}: not a readable XLSX workbook (${err.message})`));
      let total = 0;
      zip.on('entry', (e: yauzl.Entry) => {
        total += e.uncompressedSize;
        if (total > MAX_XLSX_EXPANDED_BYTES) {
          zip.close();
          reject(new LimitError('xlsx-size', where, say('limit.xlsxXml', { max: inMb(MAX_XLSX_EXPANDED_BYTES) })));
        } else zip.readEntry();
      });
      zip.on('end', () => resolve());
      zip.on('error', (e: Error) => reject(new Error(`${where}: not a readable XLSX workbook (${e.message})`)));
      zip.readEntry();
    });
  });
}

/** Every sheet's non-blank rows as text fields; `row` is the spreadsheet's own 1-based row number. */
export function readWorkbook(bytes: Buffer, where: string): Sheet[] {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(bytes, { type: 'buffer', dense: true, cellNF: true, cellDates: false, cellHTML: false, cellFormula: false });
  } catch (e) {
    throw new Error(`${where}: not a readable XLSX workbook (${(e as Error).message})`);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  return wb.SheetNames.map((name) => ({ name, rows: sheetRows(wb.Sheets[name], date1904, `${where} › sheet "${name}"`) }));
}

function sheetRows(sheet: XLSX.WorkSheet, date1904: boolean, where: string): SheetRow[] {
  const data = (sheet['!data'] ?? []) as (XLSX.CellObject | undefined)[][];
  const rows: SheetRow[] = [];
  data.forEach((cells, r) => {
    if (!cells) return;
    const fields: string[] = [];
    for (let c = 0; c < cells.length; c++) fields.push(cellText(cells[c], date1904));
    while (fields.length > 0 && fields[fields.length - 1] === '') fields.pop();
    if (fields.length === 0) return;
    const long = fields.findIndex((f) => f.length > MAX_CELL_CHARS);
    if (long >= 0) throw new LimitError('cell', where, say('limit.xlsxCell', { row: r + 1, cell: `${XLSX.utils.encode_col(long)}${r + 1}`, mchars: MAX_CELL_CHARS / 1024 / 1024 }));
    rows.push({ row: r + 1, fields });
  });
  return rows;
}

/** A row as CSV text (RFC 4180 quoting): the raw text an XLSX row is kept as. */
export function rowToCsv(fields: readonly string[]): string {
  return fields.map((f) => (/[",\r\n]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
}
