/**
 * The quick-search box (focused by `/`): text such as `status:failure ip:203.0.113.0/24 -user:k.sato`
 * is parsed as it is typed (debounced) into the draft tree that the builder shows too; Enter runs
 * it and rewrites it in the formatter's words. Errors point at their character; ↑↓ Enter Tab Esc
 * drive the completion of field names and known values.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { formatQuickSearch, parseQuickSearch } from '../../../../shared/filter/quick-search';
import type { FilterNode, Query } from '../../../../shared/filter/tree';
import { t } from '../../i18n/messages';
import { useAppStore } from '../../state/app-store';
import { sameNode } from '../../state/filter-edit';
import { useSearchStore } from '../../state/search-store';
import { Icon } from '../../components/Icon';
import { applyCompletion, completionAt, type CompletionContext } from './completion';
import { ParseError } from './ParseError';
import { treeProblem, type QsError } from './qs-error-text';
import { Suggestions } from './Suggestions';
import { useSuggestions, type Suggestion } from './use-suggestions';

/** Parsing waits for a pause in typing; a parse itself takes well under a millisecond. */
const PARSE_DELAY_MS = 150;
/**
 * An error is shown after a longer pause (or at once on Enter or leaving the box): half-typed text
 * (`service:(IMAP OR`) is not worth a red line at every keystroke.
 */
const ERROR_DELAY_MS = 900;
const MAX_LENGTH = 10_000;

function parse(text: string, zone: string): { ok: true; tree: FilterNode | null } | { ok: false; error: QsError } {
  const r = parseQuickSearch(text, { timeZone: zone });
  if (!r.ok) return r;
  const problem = r.tree ? treeProblem(r.tree) : null;
  return problem ? { ok: false, error: problem } : r;
}

export function QuickSearch({ scope }: { scope: Query }) {
  const draft = useSearchStore((s) => s.draft);
  const draftSeq = useSearchStore((s) => s.draftSeq);
  const draftSource = useSearchStore((s) => s.draftSource);
  const zone = useAppStore((s) => s.displayZone);
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const errorTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const [showError, setShowError] = useState(false);
  const [text, setText] = useState(() => formatQuickSearch(draft, { timeZone: zone }));
  const [error, setError] = useState<QsError | null>(null);
  const [ctx, setCtx] = useState<CompletionContext>({ kind: 'none' });
  const [listOpen, setListOpen] = useState(false);
  const [active, setActive] = useState(0);
  // Enter takes a suggestion only once the list was moved through with ↑↓ (Tab takes it at once):
  // a typed value followed by Enter runs the search, as in Kibana.
  const [navigated, setNavigated] = useState(false);
  const listId = useId();
  const items = useSuggestions(ctx, listOpen, scope);

  // The builder, a pivot, a facet or history changed the tree: show it in words of the syntax.
  useEffect(() => {
    if (draftSource === 'text') return;
    setText(formatQuickSearch(draft, { timeZone: zone }));
    setError(null);
    // deps: runs per draft change, not per render
  }, [draftSeq, zone]);
  useEffect(() => () => { clearTimeout(timer.current); clearTimeout(errorTimer.current); }, []);

  /** Parses now; a good tree becomes the draft (shared with the builder), an error is kept to show. */
  const parseNow = (v: string): ReturnType<typeof parse> => {
    clearTimeout(timer.current);
    const r = parse(v, zone);
    if (!r.ok) { setError(r.error); return r; }
    setError(null);
    const st = useSearchStore.getState();
    if (!sameNode(st.draft, r.tree)) st.setDraft(r.tree, 'text');
    return r;
  };

  const edit = (v: string, caret: number, openList: boolean) => {
    setText(v);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => parseNow(v), PARSE_DELAY_MS);
    setShowError(false);
    clearTimeout(errorTimer.current);
    errorTimer.current = setTimeout(() => setShowError(true), ERROR_DELAY_MS);
    const c = completionAt(v, caret);
    setCtx(c);
    setActive(0);
    setNavigated(false);
    setListOpen(openList && (c.kind === 'value' || (c.kind === 'field' && c.prefix.length > 0)));
  };

  const accept = (s: Suggestion) => {
    if (ctx.kind === 'none') return;
    const spaceAfter = ctx.kind === 'value' && !ctx.inList && !/^[\s)]/.test(text.slice(ctx.end));
    const next = applyCompletion(text, ctx.start, ctx.end, s.insert + (spaceAfter ? ' ' : ''));
    edit(next.text, next.cursor, true);
    requestAnimationFrame(() => input.current?.setSelectionRange(next.cursor, next.cursor));
  };

  const run = () => {
    const r = parseNow(text);
    setListOpen(false);
    setShowError(true);
    if (!r.ok) {
      // Enter on a broken search puts the caret on the error instead of running anything
      if (r.error.position !== null) input.current?.setSelectionRange(r.error.position, r.error.position);
      return;
    }
    useSearchStore.getState().commitDraft();
    setText(formatQuickSearch(r.tree, { timeZone: zone }));
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    const caret = e.currentTarget.selectionStart ?? text.length;
    if (listOpen && items.length > 0) {
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        setActive((a) => (navigated ? (a + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length : e.key === 'ArrowDown' ? 0 : items.length - 1));
        setNavigated(true);
        e.preventDefault();
        return;
      }
      if ((e.key === 'Enter' && navigated) || (e.key === 'Tab' && !e.shiftKey)) { accept(items[Math.min(active, items.length - 1)]); e.preventDefault(); return; }
    }
    if (e.key === 'Escape' && listOpen) { setListOpen(false); e.preventDefault(); e.stopPropagation(); return; }
    if (e.key === 'Enter') { run(); e.preventDefault(); return; }
    if ((e.key === 'ArrowDown' && !listOpen) || (e.key === ' ' && e.ctrlKey)) {
      const c = completionAt(text, caret);
      setCtx(c);
      setActive(0);
      setNavigated(true);
      setListOpen(c.kind !== 'none');
      e.preventDefault();
    }
  };

  const clear = () => {
    setText('');
    setError(null);
    useSearchStore.getState().setFilter(null);
    input.current?.focus();
  };

  const activeItem = listOpen && navigated && items.length ? items[Math.min(active, items.length - 1)] : null;
  return (
    <div className="qs" data-testid="quick-search-box">
      <div className={`qs-field ${error && showError ? 'qs-invalid' : ''}`}>
        <Icon name="search" size={16} />
        <input
          ref={input} type="text" value={text} maxLength={MAX_LENGTH} spellCheck={false} autoComplete="off"
          role="combobox" aria-expanded={listOpen && items.length > 0} aria-controls={listId} aria-autocomplete="list"
          aria-activedescendant={activeItem ? `${listId}-${activeItem.key}` : undefined}
          aria-label={t('qs.label')} aria-invalid={error !== null && showError} aria-describedby={error && showError ? `${listId}-err` : undefined}
          placeholder={t('qs.placeholder')} data-testid="quick-search"
          onChange={(e) => edit(e.target.value, e.target.selectionStart ?? e.target.value.length, true)}
          onKeyDown={onKeyDown}
          onClick={(e) => { const c = completionAt(text, e.currentTarget.selectionStart ?? 0); setCtx(c); if (c.kind === 'none') setListOpen(false); }}
          onBlur={() => { setListOpen(false); setShowError(true); }}
        />
        {text && <button type="button" className="qs-clear" onClick={clear} aria-label={t('qs.clear')} title={t('qs.clear')} data-testid="quick-search-clear"><Icon name="close" size={14} /></button>}
      </div>
      {listOpen && items.length > 0 && <Suggestions id={listId} items={items} active={navigated ? active : -1} onPick={accept} onHover={(i) => { setActive(i); setNavigated(true); }} />}
      {error && showError && <ParseError id={`${listId}-err`} text={text} error={error} input={input.current} />}
    </div>
  );
}
