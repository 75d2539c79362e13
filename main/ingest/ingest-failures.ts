/** How an import that stopped is put into words for the user: always the file, and the line where known. */
import { LimitError } from './limits';
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

export function describeFailure(e: unknown, fileName: string, line: number): string {
  if (e instanceof IngestFailure || e instanceof LimitError) return e.message;
  if (e instanceof DecodeError) {
    return `${fileName}: bytes that are not valid ${e.encoding} near byte ${e.byte} (line ${line}); choose the file's encoding by hand`;
  }
  if (e instanceof RecordTooLongError) {
    return `${fileName}: ${e.message} (a quoted field may never close); not an audit log, or a damaged file`;
  }
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return `${fileName}: cannot read the file (${code})`;
  const message = e instanceof Error ? e.message : String(e);
  // readers that know the file (ZIP, gzip, XLSX) already name it
  return message.startsWith(`${fileName}:`) || message.startsWith(`${fileName} ›`) ? message : `${fileName}: ${message}`;
}
