/**
 * `convert` outputs. JSON Lines carries the normalized event with `time` as ISO-8601 UTC, plus
 * `raw`, `line` and `sourceId`; CSV and XLSX carry the same fields as columns, with formula-looking
 * cells neutralized (as the app's CSV export does), since these files are opened in spreadsheets.
 */
import { createWriteStream, writeFileSync, type WriteStream } from 'node:fs';
import * as XLSX from 'xlsx';
import type { AuditEvent } from '../../shared/model/event';
import { CSV_BOM, csvLine, neutralizeCell } from '../export/writers/csv';

export const COLUMNS = ['time', 'sourceId', 'category', 'actorName', 'actorEmail', 'actorLogin', 'actorId', 'actorKind', 'action', 'target', 'status', 'statusText', 'level', 'ip', 'serviceType', 'module', 'timeText', 'line', 'details', 'raw', 'id'] as const;

/** Excel's limits: rows per sheet (with the header) and characters per cell. */
export const XLSX_MAX_ROWS = 1_048_576;
export const XLSX_MAX_CELL = 32_767;

export function jsonlLine(e: AuditEvent): string {
  const { importId: _importId, ...rest } = e;
  return JSON.stringify({ ...rest, time: new Date(e.time).toISOString() }) + '\n';
}

export function cells(e: AuditEvent): string[] {
  return COLUMNS.map((c) => {
    if (c === 'time') return new Date(e.time).toISOString();
    if (c === 'line') return String(e.line);
    if (c === 'details') return Object.keys(e.details).length ? JSON.stringify(e.details) : '';
    return String(e[c] ?? '');
  });
}

export interface OutputWriter {
  write(e: AuditEvent): void;
  /** resolves when the file is complete; the warnings to print */
  close(): Promise<string[]>;
}

function streamDone(s: WriteStream): Promise<void> {
  return new Promise((resolve, reject) => { s.once('error', reject); s.end(() => resolve()); });
}

function streamWriter(out: string, head: string, line: (e: AuditEvent) => string): OutputWriter {
  const s = createWriteStream(out);
  let failed: Error | null = null;
  s.on('error', (e) => { failed = e; });
  s.write(head);
  return {
    write: (e) => { s.write(line(e)); },
    close: async () => {
      await streamDone(s);
      if (failed) throw failed;
      return [];
    },
  };
}

function xlsxWriter(out: string): OutputWriter {
  const wb = XLSX.utils.book_new();
  let rows: string[][] = [];
  let truncated = 0;
  const flushSheet = () => {
    const ws = XLSX.utils.aoa_to_sheet([[...COLUMNS], ...rows]);
    XLSX.utils.book_append_sheet(wb, ws, `events${wb.SheetNames.length ? `_${wb.SheetNames.length + 1}` : ''}`);
    rows = [];
  };
  return {
    write: (e) => {
      if (rows.length === XLSX_MAX_ROWS - 1) flushSheet();
      rows.push(cells(e).map((v) => {
        const safe = neutralizeCell(v);
        if (safe.length <= XLSX_MAX_CELL) return safe;
        truncated++;
        return `${safe.slice(0, XLSX_MAX_CELL - 20)}…[truncated]`;
      }));
    },
    close: async () => {
      if (rows.length || wb.SheetNames.length === 0) flushSheet();
      // write() + fs rather than writeFile: the bundled ESM build of xlsx has no fs of its own
      writeFileSync(out, XLSX.write(wb, { bookType: 'xlsx', type: 'buffer', compression: true }) as Buffer);
      const warnings: string[] = [];
      if (wb.SheetNames.length > 1) warnings.push(`more than ${XLSX_MAX_ROWS - 1} events: continued on ${wb.SheetNames.length} sheets`);
      if (truncated) warnings.push(`${truncated} cell(s) longer than Excel's ${XLSX_MAX_CELL} characters were truncated (use --to jsonl to keep them whole)`);
      return warnings;
    },
  };
}

export function openWriter(format: 'jsonl' | 'csv' | 'xlsx', out: string): OutputWriter {
  if (format === 'jsonl') return streamWriter(out, '', jsonlLine);
  if (format === 'csv') return streamWriter(out, CSV_BOM + csvLine([...COLUMNS]), (e) => csvLine(cells(e)));
  return xlsxWriter(out);
}
