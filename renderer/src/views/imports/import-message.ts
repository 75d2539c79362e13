import type { ImportRecord } from '../../../../shared/model/import';

/**
 * An import's message without the file name it starts with ("x.csv: the file is empty"): the
 * message names its file for the notices it also goes to, while a row or card shows the file already.
 */
export function messageBesideFile(r: Pick<ImportRecord, 'fileName' | 'message'>): string {
  const m = r.message;
  return m.startsWith(`${r.fileName}: `) ? m.slice(r.fileName.length + 2) : m;
}
