/**
 * The mapping dialog as data: the form's state from a needs-mapping import (guesses filled in),
 * role changes, the live preview of the sample times in the import's zone, and the mapping the
 * form makes, validated by the same schema main validates with. Pure, tested without a DOM.
 */
import {
  ColumnMappingSchema, DEFAULT_FAILURE_WORDS, DEFAULT_SUCCESS_WORDS, MAPPING_ROLES, mappingSourceId,
  type ColumnMapping, type MappingRequest, type MappingRole, type TimeFormat,
} from '../../../../shared/mapping/column-mapping';
import { readTime, resolveTime } from '../../../../shared/mapping/mapped-time';
import type { ImportRecord } from '../../../../shared/model/import';
import { formatInZone, formatOffset } from '../../../../shared/util/timezone';
import { guessRoles, type Roles } from './guess-roles';

export interface MappingForm {
  name: string;
  /** index of the time column in the request's columns */
  time: number | null;
  format: TimeFormat;
  roles: Roles;
  /** comma-separated words, as typed */
  success: string;
  failure: string;
}

/** What a column is mapped to: `time`, a role, or '' (kept in details). */
export type ColumnRole = 'time' | MappingRole | '';

/** A name for the source from the file's name: `siem-export.csv` → `siem-export`. */
export function nameFromFile(r: Pick<ImportRecord, 'fileName' | 'entry'>): string {
  const full = r.entry ?? r.fileName;
  const base = full.slice(full.lastIndexOf('/') + 1).replace(/\.(gz)$/i, '').replace(/\.[^.]+$/, '');
  return base.slice(0, 80) || 'Imported log';
}

export function initialForm(r: Pick<ImportRecord, 'fileName' | 'entry'>, req: MappingRequest): MappingForm {
  const guess = guessRoles(req.columns, req.samples);
  return {
    name: nameFromFile(r), time: guess.time, format: 'auto', roles: guess.roles,
    success: DEFAULT_SUCCESS_WORDS.join(', '), failure: DEFAULT_FAILURE_WORDS.join(', '),
  };
}

export function roleOf(f: MappingForm, column: number): ColumnRole {
  if (f.time === column) return 'time';
  return MAPPING_ROLES.find((r) => f.roles[r] === column) ?? '';
}

/** Gives `column` the role (a role belongs to one column: the previous holder loses it). */
export function setRole(f: MappingForm, column: number, role: ColumnRole): MappingForm {
  const roles: Roles = {};
  for (const r of MAPPING_ROLES) if (f.roles[r] !== undefined && f.roles[r] !== column && r !== role) roles[r] = f.roles[r];
  let time = f.time === column ? null : f.time;
  if (role === 'time') time = column;
  else if (role !== '') roles[role] = column;
  return { ...f, time, roles };
}

const words = (text: string) => [...new Set(text.split(/[,、\n]/).map((w) => w.trim()).filter((w) => w !== ''))].slice(0, 100);

/** One sample row's time as the import will read it: shown in the zone with its offset, or why not. */
export interface PreviewRow { text: string; shown: string; ok: boolean }

export function previewTimes(f: MappingForm, req: MappingRequest, zone: string): PreviewRow[] {
  if (f.time === null) return [];
  return req.samples.map((row) => {
    const text = (row[f.time!] ?? '').trim();
    const r = readTime(text, f.format);
    if (!r) return { text, shown: '', ok: false };
    const ms = resolveTime(r, zone);
    return { text, shown: `${formatInZone(ms, zone)} (${formatOffset(zone, ms)})`, ok: true };
  });
}

/** Why the form cannot be saved yet (a message key and its values), or null. */
export type FormProblem = { key: 'mapping.needTime' | 'mapping.needName' | 'mapping.noTimeParses' } | { key: 'mapping.invalid'; detail: string };

/** The mapping the form makes, or the problem that stops it. */
export function toMapping(f: MappingForm, req: MappingRequest, zone: string): { mapping: ColumnMapping } | { problem: FormProblem } {
  if (f.name.trim() === '') return { problem: { key: 'mapping.needName' } };
  if (f.time === null) return { problem: { key: 'mapping.needTime' } };
  const preview = previewTimes(f, req, zone);
  if (preview.length > 0 && !preview.some((p) => p.ok)) return { problem: { key: 'mapping.noTimeParses' } };
  const columns: Partial<Record<MappingRole, string>> = {};
  for (const r of MAPPING_ROLES) if (f.roles[r] !== undefined) columns[r] = req.columns[f.roles[r]!];
  const parsed = ColumnMappingSchema.safeParse({
    name: f.name.trim(), kind: req.kind, signature: req.columns.filter((c) => c.trim() !== ''), headers: req.columns,
    time: { column: req.columns[f.time], format: f.format }, columns,
    ...(f.roles.status !== undefined ? { statusWords: { success: words(f.success), failure: words(f.failure) } } : {}),
  });
  if (!parsed.success) {
    const i = parsed.error.issues[0];
    return { problem: { key: 'mapping.invalid', detail: `${i.path.join('.')}: ${i.message}` } };
  }
  return { mapping: parsed.data };
}

/** The source id the name gives, shown beside it. */
export const sourceIdOf = (name: string) => mappingSourceId(name.trim() || '-');
