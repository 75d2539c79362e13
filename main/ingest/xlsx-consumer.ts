/**
 * XLSX workbooks: every sheet whose header a source recognises is imported, row by row, through
 * the same record handler as CSV (so the same sources, rules and rejects apply); rejects name the
 * sheet, and their line is the spreadsheet row. Sheets without a recognisable header are skipped
 * and named in the import's message.
 */
import { say, type IngestText } from '../../shared/model/ingest-text';
import type { BatchBuilder } from './batch-builder';
import { inMb, LimitError, MAX_XLSX_BYTES } from './limits';
import { checkXlsxExpansion, readWorkbook, rowToCsv, type Sheet } from './readers/xlsx-rows';
import { IngestFailure, RecordHandler, type HandlerOptions } from './record-handler';
import { MappedTableSources } from './sources/mapped-source';
import { detectSource } from './sources/registry';
import { stripBom } from './sources/source-module';

/** Rows searched for the header: exports often start with a title and a blank row or two. */
const HEADER_SEARCH_ROWS = 20;

export class XlsxConsumer {
  private chunks: Buffer[] = [];
  private bytes = 0;
  private readonly sourceIds: string[] = [];
  private readonly notes: IngestText[] = [];

  private readonly mapped: MappedTableSources;

  constructor(private readonly opts: HandlerOptions, private readonly out: BatchBuilder) {
    this.mapped = new MappedTableSources(opts.mappings);
  }

  get sourceId(): string {
    return this.sourceIds.join(',');
  }

  write(chunk: Buffer): void {
    this.bytes += chunk.length;
    if (this.bytes > MAX_XLSX_BYTES) {
      throw new LimitError('xlsx-size', this.opts.fileName, say('limit.xlsxFile', { max: inMb(MAX_XLSX_BYTES) }));
    }
    this.chunks.push(chunk);
  }

  async end(): Promise<void> {
    const bytes = Buffer.concat(this.chunks);
    this.chunks = [];
    await checkXlsxExpansion(bytes, this.opts.fileName);
    const sheets = readWorkbook(bytes, this.opts.fileName);
    for (const sheet of sheets) this.importSheet(sheet);
    if (this.sourceIds.length === 0) {
      throw new IngestFailure(this.opts.fileName, say('file.noSheet', { sheets: sheets.map((s) => `"${s.name}"`).join(', ') }), true);
    }
  }

  summary(): { partial: IngestText | null; notes: IngestText[] } {
    return { partial: null, notes: this.notes };
  }

  private importSheet(sheet: Sheet): void {
    // a saved column mapping reads a sheet whose header no source knows, as it reads such a CSV
    const known = (names: string[]) => detectSource(names) !== null || this.mapped.detect(names) !== null;
    const at = sheet.rows.slice(0, HEADER_SEARCH_ROWS).findIndex((r) => known(r.fields.map((f) => stripBom(f).trim())));
    if (at < 0) {
      if (sheet.rows.length > 0) this.notes.push(say('done.sheetSkipped', { sheet: sheet.name, rows: HEADER_SEARCH_ROWS }));
      return;
    }
    if (at > 0) this.notes.push(say('done.rowsAboveHeader', { sheet: sheet.name, n: at, rows: sheet.rows.slice(0, at).map((r) => r.row).join(', ') }));
    const handler = new RecordHandler({ ...this.opts, where: say('reject.sheet', { sheet: sheet.name }) }, this.out);
    const width = sheet.rows[at].fields.length;
    for (const { row, fields } of sheet.rows.slice(at)) {
      // trailing empty cells are not stored in a sheet: pad to the header's width
      while (fields.length < width) fields.push('');
      handler.onRecord(fields, rowToCsv(fields), row, '');
    }
    if (!this.sourceIds.includes(handler.sourceId)) this.sourceIds.push(handler.sourceId);
  }
}
