/**
 * Entry of the CSV parsing thread (bundled to dist/main/csv-parse-worker.cjs), started by the
 * ingest thread for a large CSV/TSV text: runs the same CsvRecordReader on the text it is sent and
 * replies to each message with the records it completed, packed (csv-record-pack.ts). Tokenising
 * here, beside the ingest thread's normalizing, ids and chunks, made the ingest alone 12–18% shorter
 * (measured; docs/decisions.md, "CSV parsing in a thread of its own").
 */
import { parentPort } from 'node:worker_threads';
import { parseToCsvParser, type FromCsvParser } from './csv-parse-messages';
import { RecordPacker } from './csv-record-pack';
import { CsvRecordReader, RecordTooLongError } from './csv-records';

function main(): void {
  const port = parentPort;
  if (!port) throw new Error('csv-parse-worker must run in a worker thread');
  const packer = new RecordPacker();
  const reader: CsvRecordReader = new CsvRecordReader((fields, raw, line, issue, at) => {
    packer.add(reader.input, fields, raw, line, issue, at, reader.fieldDelimiter.charCodeAt(0));
  });
  let stopped = false;
  const reply = (m: FromCsvParser) => port.postMessage(m, m.type === 'records' && m.records ? [m.records.offs.buffer as ArrayBuffer] : []);
  port.on('message', (raw: unknown) => {
    const m = parseToCsvParser(raw);
    if (stopped || !m) return;
    try {
      if (m.type === 'text') reader.push(m.text);
      else reader.end();
      reply({ type: 'records', records: packer.take(), delimiter: reader.fieldDelimiter, line: reader.currentLine });
    } catch (e) {
      stopped = true;
      // records before the one that failed are handled first, as the reader in one thread would
      const done = packer.take();
      if (done) reply({ type: 'records', records: done, delimiter: reader.fieldDelimiter, line: reader.currentLine });
      reply(e instanceof RecordTooLongError ? { type: 'too-long', line: e.line } : { type: 'error', message: e instanceof Error ? e.message : String(e) });
    }
  });
}

main();
