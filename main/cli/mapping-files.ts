/**
 * `--mapping FILE.json`: column mappings for files no source knows, as the app saves them (Settings ›
 * Column mappings › Copy as JSON) or written by hand. A file holds one mapping or an array of them;
 * each is validated with the app's own schema, and a problem names the file and the field.
 */
import { readFileSync } from 'node:fs';
import type { z } from 'zod';
import { ColumnMappingSchema, type ColumnMapping } from '../../shared/mapping/column-mapping';

export class MappingFileError extends Error {}

function fieldPath(path: readonly PropertyKey[], many: boolean): string {
  const parts = path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
  const shown = many ? parts : parts.replace(/^\[\d+\]/, '');
  return shown.replace(/^\./, '') || '(the mapping)';
}

function describeIssues(error: z.ZodError, many: boolean): string {
  return error.issues.slice(0, 5).map((i) => `${fieldPath(i.path, many)}: ${i.message}`).join('; ');
}

/** The mappings of one file; throws MappingFileError naming it (and the field) when it is not usable. */
export function readMappingFile(file: string): ColumnMapping[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (e) {
    throw new MappingFileError(`--mapping ${file}: cannot read it (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    throw new MappingFileError(`--mapping ${file}: not valid JSON (${(e as Error).message})`);
  }
  const many = Array.isArray(value);
  const list = many ? (value as unknown[]) : [value];
  if (list.length === 0) throw new MappingFileError(`--mapping ${file}: the array holds no mapping`);
  const parsed = ColumnMappingSchema.array().safeParse(list);
  if (!parsed.success) throw new MappingFileError(`--mapping ${file}: ${describeIssues(parsed.error, many)}`);
  return parsed.data;
}

export function readMappingFiles(files: readonly string[]): ColumnMapping[] {
  return files.flatMap(readMappingFile);
}
