/**
 * Which marks a displayed value carries: a formula-looking value (kept as data; only the export
 * neutralizes it) and an event whose display fields had control characters stripped; and the
 * words of status and level values. Shared by the grid's cells and the mobile cards.
 */
import { EVENT_FLAGS, type AuditEvent } from '../../../shared/model/event';
import { t } from '../i18n/messages';

const FORMULA_START = /^[=+\-@\t\r]/;

export type ValueMark = 'formula' | 'control' | 'badJson';

/** The i18n keys of each mark's badge text and of its explanation. */
export const MARK_SHORT: Record<ValueMark, 'flag.formulaShort' | 'flag.controlShort' | 'flag.badJsonShort'> = {
  formula: 'flag.formulaShort', control: 'flag.controlShort', badJson: 'flag.badJsonShort',
};
export const MARK_LONG: Record<ValueMark, 'flag.formula' | 'flag.control' | 'flag.badJson'> = {
  formula: 'flag.formula', control: 'flag.control', badJson: 'flag.badJson',
};

/** Marks for one cell; event-wide marks (control, badJson) go on the first column only. */
export function marksFor(value: string, flags: number, isFirstColumn: boolean): ValueMark[] {
  const marks: ValueMark[] = [];
  if ((flags & EVENT_FLAGS.formula) !== 0 && FORMULA_START.test(value)) marks.push('formula');
  if (isFirstColumn && (flags & EVENT_FLAGS.control) !== 0) marks.push('control');
  if (isFirstColumn && (flags & EVENT_FLAGS.badJson) !== 0) marks.push('badJson');
  return marks;
}

/** Every event-wide mark, for the detail view. */
export function eventMarks(flags: number): ValueMark[] {
  return (['formula', 'control', 'badJson'] as const).filter((m) => (flags & EVENT_FLAGS[m]) !== 0);
}

/** A CSS class for a level word: errors and warnings stand out, the rest stay plain. */
export function levelTone(level: string): 'error' | 'warn' | 'info' | 'none' {
  const l = level.trim().toLowerCase();
  if (!l) return 'none';
  if (/^(error|err|fatal|critical|crit|alert|emerg|high|重大|エラー|오류)/.test(l)) return 'error';
  if (/^(warn|warning|notice|medium|警告|注意|경고)/.test(l)) return 'warn';
  return 'info';
}

/**
 * A status value's words: the source's own, else the enum in the UI language, with a sign so that
 * colour is never the only cue. Null for a row still loading: it has no status yet, not "unknown".
 */
export function statusWords(data: Pick<AuditEvent, 'status'> | undefined, value: unknown): { status: AuditEvent['status']; text: string; shown: string } | null {
  if (!data) return null;
  const status = data.status;
  const raw = typeof value === 'string' ? value : '';
  const shown = raw && raw !== status ? raw : t(`status.${status}`);
  return { status, shown, text: (status === 'failure' ? '✕ ' : status === 'success' ? '✓ ' : '? ') + shown };
}
