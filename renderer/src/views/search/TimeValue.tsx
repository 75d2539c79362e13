/** Time condition values: one or two wall-clock inputs in the display zone, the zone named beside them. */
import type { Condition } from '../../../../shared/filter/tree';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { fromWallInput, toWallInput } from './wall-input';

export function TimeValue({ cond, onChange }: { cond: Condition; onChange(c: Condition): void }) {
  const zone = useAppStore((s) => s.displayZone);
  const pair = Array.isArray(cond.value) ? cond.value.map(Number) : [NaN, NaN];
  const single = typeof cond.value === 'number' ? cond.value : NaN;
  const input = (value: number, testId: string, label: string, set: (ms: number) => void) => (
    <input
      type="datetime-local" step={1} value={toWallInput(value, zone)} data-testid={testId} aria-label={`${label} (${zone})`}
      onChange={(e) => set(fromWallInput(e.target.value, zone) ?? NaN)}
    />
  );
  return (
    <span className="cond-time">
      {cond.op === 'between' ? (
        <>
          {input(pair[0], 'cond-from', t('period.from'), (ms) => onChange({ ...cond, value: [ms, pair[1]] }))}
          <span className="muted">–</span>
          {input(pair[1], 'cond-to', t('period.to'), (ms) => onChange({ ...cond, value: [pair[0], ms] }))}
        </>
      ) : input(single, 'cond-time', t('cond.value'), (ms) => onChange({ ...cond, value: ms }))}
      <span className="zone-name" title={t('zone.label')}>{zone}</span>
    </span>
  );
}
