/** The columns of a file that needs a mapping: name, sample values (as text) and what each maps to. */
import { MAPPING_ROLES, type MappingRequest } from '../../../../shared/mapping/column-mapping';
import { t, type MessageKey } from '../../i18n/messages';
import { roleOf, setRole, type ColumnRole, type MappingForm } from './mapping-form';

const CHOICES: readonly ColumnRole[] = ['', 'time', ...MAPPING_ROLES];

const choiceLabel = (r: ColumnRole) => (r === '' ? t('role.none') : t(`role.${r}` as MessageKey));

export function MappingColumns({ request, form, onChange }: { request: MappingRequest; form: MappingForm; onChange(f: MappingForm): void }) {
  return (
    <div className="mapping-columns" role="table" aria-label={t('mapping.column')} data-testid="mapping-columns">
      <div className="mapping-col mapping-col-head" role="row">
        <span role="columnheader">{t('mapping.column')}</span>
        <span role="columnheader">{t('mapping.samples')}</span>
        <span role="columnheader">{t('mapping.role')}</span>
      </div>
      {request.columns.map((name, i) => {
        const role = roleOf(form, i);
        const samples = request.samples.map((row) => row[i] ?? '').filter((v) => v !== '');
        return (
          <div className={`mapping-col${role ? ' mapped' : ''}`} role="row" key={`${i}-${name}`} data-testid="mapping-column" data-col={name}>
            <span className="mapping-col-name" role="cell" title={name}>{name}</span>
            <span className="mapping-col-samples" role="cell">
              {samples.length === 0 ? <span className="muted">—</span> : samples.slice(0, 3).map((v, k) => <span className="sample" key={k} title={v}>{v}</span>)}
            </span>
            <span role="cell">
              <select value={role} onChange={(e) => onChange(setRole(form, i, e.target.value as ColumnRole))} aria-label={`${t('mapping.role')}: ${name}`} data-testid={`mapping-role-${i}`}>
                {CHOICES.map((c) => <option key={c || 'none'} value={c}>{choiceLabel(c)}</option>)}
              </select>
            </span>
          </div>
        );
      })}
    </div>
  );
}
