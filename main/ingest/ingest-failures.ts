/** How an import that stopped is put into words for the user: always the file, and the line where known. */
import { fileMessage, say, type IngestText } from '../../shared/model/ingest-text';
import { LimitError, MAX_RECORD_CHARS } from './limits';
import { RecordTooLongError } from './readers/csv-records';
import { DecodeError } from './readers/encoding';
import { IngestFailure } from './record-handler';

/** The user (or the job) cancelled the import. */
export class Cancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'Cancelled';
  }
}

export function isCancel(e: unknown): boolean {
  return e instanceof Cancelled || (e instanceof Error && e.name === 'AbortError');
}

/** A failure in English (naming the file) and, where a key covers it, as a text without the file's name. */
export interface Described { message: string; text?: IngestText }

const named = (fileName: string, text: IngestText): Described => ({ message: fileMessage(fileName, text), text });

export function describeFailure(e: unknown, fileName: string, line: number): Described {
  if (e instanceof IngestFailure) return { message: e.message, text: e.text };
  // a limit met inside an archive names the entry: kept beside the words
  if (e instanceof LimitError) return { message: e.message, text: e.where === fileName ? e.why : say('limit.at', { where: e.where, reason: e.why }) };
  if (e instanceof DecodeError) return named(fileName, say('file.invalidBytes', { encoding: e.encoding, byte: e.byte, line }));
  if (e instanceof RecordTooLongError) return named(fileName, say('file.lineTooLong', { line: e.line, mb: MAX_RECORD_CHARS / 1024 / 1024 }));
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return named(fileName, say('file.cannotRead', { code }));
  const message = e instanceof Error ? e.message : String(e);
  // readers that know the file (ZIP, gzip, XLSX) already name it
  return { message: message.startsWith(`${fileName}:`) || message.startsWith(`${fileName} ›`) ? message : `${fileName}: ${message}` };
}
