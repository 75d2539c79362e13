/**
 * `<input type="datetime-local">` values read and written as wall-clock time in the display zone
 * (the browser's own zone never applies: the zone is named next to every such input).
 */
import { formatInZone, wallToEpoch } from '../../../../shared/util/timezone';

/** `YYYY-MM-DDTHH:mm` (or with `:ss` when the time has seconds) in `zone`; '' for no time. */
export function toWallInput(ms: number | undefined, zone: string): string {
  if (ms === undefined || !Number.isFinite(ms)) return '';
  const text = formatInZone(ms, zone).replace(' ', 'T');
  return text.endsWith(':00') ? text.slice(0, 16) : text;
}

/** The instant a datetime-local value names in `zone`; undefined when it is empty or malformed. */
export function fromWallInput(v: string, zone: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/.exec(v);
  if (!m) return undefined;
  return wallToEpoch(zone, { year: +m[1], month: +m[2], day: +m[3], hour: +m[4], minute: +m[5], second: +(m[6] ?? 0) });
}
