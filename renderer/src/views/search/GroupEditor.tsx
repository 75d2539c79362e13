/** A builder group: ALL / ANY / NOT of its conditions and nested groups, recursively. */
import type { FilterNode, Group, Query } from '../../../../shared/filter/tree';
import { t } from '../../i18n/messages';
import type { NodePath } from '../../state/filter-edit';
import { ConditionEditor } from './ConditionEditor';

/** The new condition's field: the user, the value analysts pivot on most. */
export const NEW_CONDITION_FIELD = 'actor';

interface Props {
  group: Group;
  path: NodePath;
  scope: Query;
  detailKeys: { key: string; count: number }[];
  onReplace(path: NodePath, node: FilterNode): void;
  onRemove(path: NodePath): void;
  onAdd(path: NodePath, kind: 'cond' | 'group'): void;
}

export function GroupEditor(props: Props) {
  const { group, path, onReplace, onRemove, onAdd } = props;
  const where = path.join('.');
  const nested = path.length > 0;
  return (
    <div className={`builder-group ${nested ? 'nested' : 'root'}`} data-testid="builder-group" data-path={where} role="group" aria-label={t('builder.group')}>
      <div className="group-head">
        <select
          value={group.kind} onChange={(e) => onReplace(path, { kind: e.target.value as Group['kind'], children: group.children })}
          aria-label={t('builder.groupKind')} data-testid="group-kind"
        >
          <option value="and">{t('builder.all')}</option>
          <option value="or">{t('builder.any')}</option>
          <option value="not">{t('builder.none')}</option>
        </select>
        <span className="muted">{t('builder.ofTheFollowing')}</span>
        {nested && <button type="button" className="icon-button" onClick={() => onRemove(path)} aria-label={t('builder.removeGroup')} title={t('builder.removeGroup')} data-testid="group-remove">✕</button>}
      </div>
      <div className="group-children">
        {group.children.map((child, i) => {
          const childPath = [...path, i];
          return child.kind === 'cond'
            ? <ConditionEditor key={i} cond={child} path={childPath} scope={props.scope} detailKeys={props.detailKeys} onChange={(c) => onReplace(childPath, c)} onRemove={() => onRemove(childPath)} />
            : <GroupEditor key={i} {...props} group={child} path={childPath} />;
        })}
        {group.children.length === 0 && <p className="muted group-empty">{nested ? t('builder.emptyGroup') : t('builder.emptyRoot')}</p>}
      </div>
      <div className="group-actions">
        <button type="button" onClick={() => onAdd(path, 'cond')} data-testid={`add-condition${nested ? '' : '-root'}`} data-path={where}>＋ {t('builder.addCondition')}</button>
        <button type="button" onClick={() => onAdd(path, 'group')} data-testid={`add-group${nested ? '' : '-root'}`} data-path={where}>＋ {t('builder.addGroup')}</button>
      </div>
    </div>
  );
}
