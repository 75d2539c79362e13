/**
 * Per-record flags for values that need care downstream (reference §0 rule 4): formula-looking
 * values are kept as data and neutralized only on export; C0 control characters are taken out of
 * the display fields (the raw text keeps them) so that they cannot mangle the grid or a report.
 */
import { EVENT_FLAGS } from '../../shared/model/event';

// TAB, LF and CR are ordinary in text; the other C0 controls are not.
const CONTROL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/;
const CONTROL_ALL = /[\x00-\x08\x0B\x0C\x0E-\x1F]/g;

/** = + - @ TAB CR: what spreadsheets take as the start of a formula */
function looksLikeFormula(value: string): boolean {
  const c = value.charCodeAt(0);
  return c === 61 || c === 43 || c === 45 || c === 64 || c === 9 || c === 13;
}

/** True when the text holds a C0 control other than TAB, LF, CR. */
export function hasControls(text: string): boolean {
  return CONTROL.test(text);
}

/**
 * Flags of one record. `mayHaveControls` false skips the control scan: the caller knows the
 * text so far had none (one scan per chunk instead of one per record).
 */
export function flagsOf(fields: readonly string[], raw: string, mayHaveControls: boolean): number {
  let flags = 0;
  for (const f of fields) {
    if (looksLikeFormula(f)) {
      flags |= EVENT_FLAGS.formula;
      break;
    }
  }
  if (mayHaveControls && CONTROL.test(raw)) flags |= EVENT_FLAGS.control;
  return flags;
}

/** The fields with C0 controls removed, for display. */
export function withoutControls(fields: readonly string[]): string[] {
  return fields.map((f) => f.replace(CONTROL_ALL, ''));
}
