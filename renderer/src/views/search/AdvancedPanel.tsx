/**
 * The advanced search ("select the period, then Advanced to apply several conditions at once", as
 * the vendors' audit screens put it): a builder of conditions and nested ALL/ANY/NOT groups over
 * the same draft tree as the quick-search box. A complete tree updates the box as it is edited;
 * Apply runs it. The tree in words sits under it.
 */
import { useEffect, useRef, useState } from 'react';
import { describeFilter } from '../../../../shared/filter/describe';
import { filterWording } from './filter-wording';
import type { FilterNode, Group, Query } from '../../../../shared/filter/tree';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { appendAt, fromBuilderRoot, removeAt, sameNode, toBuilderRoot, updateAt, type NodePath } from '../../state/filter-edit';
import { hasPendingDraft, useSearchStore } from '../../state/search-store';
import { useSearchUi } from '../../state/search-ui-store';
import { conditionProblem, newCondition } from './field-kinds';
import { GroupEditor, NEW_CONDITION_FIELD } from './GroupEditor';
import { useDetailKeys } from './use-suggestions';

/** Paths of the conditions that cannot run yet. */
function problemPaths(n: FilterNode, path: NodePath = []): NodePath[] {
  if (n.kind === 'cond') return conditionProblem(n) ? [path] : [];
  return n.children.flatMap((c, i) => problemPaths(c, [...path, i]));
}

/** The tree without the conditions that cannot run yet (what the words describe while editing). */
function completePart(n: Group): Group {
  const children = n.children.flatMap((c): FilterNode[] => {
    if (c.kind === 'cond') return conditionProblem(c) ? [] : [c];
    return [completePart(c)];
  });
  return { kind: n.kind, children };
}

export function AdvancedPanel({ scope }: { scope: Query }) {
  const draft = useSearchStore((s) => s.draft);
  const draftSeq = useSearchStore((s) => s.draftSeq);
  const draftSource = useSearchStore((s) => s.draftSource);
  const pending = useSearchStore(hasPendingDraft);
  const zone = useAppStore((s) => s.displayZone);
  const detailKeys = useDetailKeys();
  const [root, setRoot] = useState<Group>(() => toBuilderRoot(draft));
  const panel = useRef<HTMLElement>(null);

  // The box, a pivot or history changed the tree: show it here.
  useEffect(() => {
    if (draftSource !== 'builder') setRoot(toBuilderRoot(draft));
    // deps: per draft change
  }, [draftSeq]);

  const problems = problemPaths(root);
  const change = (next: Group) => {
    setRoot(next);
    // Only a tree that can run reaches the draft (and the box); an unfinished one stays here.
    const tree = fromBuilderRoot(next);
    if (problemPaths(next).length === 0 && !sameNode(tree, useSearchStore.getState().draft)) useSearchStore.getState().setDraft(tree, 'builder');
  };
  const apply = () => {
    if (problems.length) {
      panel.current?.querySelector<HTMLElement>(`[data-path="${problems[0].join('.')}"] input, [data-path="${problems[0].join('.')}"] select`)?.focus();
      return;
    }
    const st = useSearchStore.getState();
    st.setDraft(fromBuilderRoot(root), 'builder');
    st.commitDraft();
  };
  const add = (path: NodePath, kind: 'cond' | 'group') => {
    change(appendAt(root, path, kind === 'cond' ? newCondition(NEW_CONDITION_FIELD) : { kind: 'or', children: [newCondition(NEW_CONDITION_FIELD)] }));
    requestAnimationFrame(() => {
      const rows = panel.current?.querySelectorAll<HTMLElement>('[data-testid="cond-field"]');
      rows?.[rows.length - 1]?.focus();
    });
  };
  const close = () => useSearchUi.getState().set({ advancedOpen: false });
  const words = describeFilter(fromBuilderRoot(completePart(root)), { timeZone: zone, wording: filterWording() });

  return (
    <section
      className="advanced-panel" ref={panel} aria-label={t('builder.title')} data-testid="advanced-panel" data-search-panel
      onKeyDown={(e) => { if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { apply(); e.preventDefault(); } }}
    >
      <header className="advanced-head">
        <h2>{t('builder.title')}</h2>
        <span className="muted">{t('builder.hint')}</span>
        <button type="button" className="icon-button" onClick={close} aria-label={t('action.close')} data-testid="advanced-close">✕</button>
      </header>
      <GroupEditor
        group={root} path={[]} scope={scope} detailKeys={detailKeys}
        onReplace={(path, node) => change(updateAt(root, path, () => node))}
        onRemove={(path) => change(removeAt(root, path))}
        onAdd={add}
      />
      <p className="filter-summary" data-testid="filter-summary"><span className="muted">{t('builder.inWords')}</span> {words}</p>
      <footer className="advanced-foot">
        <button type="button" onClick={() => change({ kind: 'and', children: [] })} data-testid="builder-clear">{t('builder.clear')}</button>
        {pending && <button type="button" onClick={() => useSearchStore.getState().setDraft(useSearchStore.getState().filter, 'commit')} data-testid="builder-discard">{t('builder.discard')}</button>}
        <span className="advanced-status muted" id="builder-status" data-testid="builder-status">
          {problems.length ? t('builder.incomplete', { n: problems.length }) : pending ? t('builder.pending') : t('builder.applied')}
        </span>
        <button type="button" className="primary" onClick={apply} aria-describedby="builder-status" data-testid="builder-apply" title="Ctrl+Enter">{t('builder.apply')}</button>
      </footer>
    </section>
  );
}
