/**
 * The grid's status, level and marked cells (columns.ts: the rest are AG Grid's own text) as plain
 * DOM (AG Grid's vanilla cell renderer interface) instead of React components: a jump through a
 * million rows renders the visible rows up to three times (loading stubs, then each block as it
 * arrives), and React cells made each pass cost tens of ms more.
 * Log content is hostile: every value goes in through textContent, never as markup.
 * Marks and status words follow MarkBadges.tsx (cards) so both layouts read the same.
 */
import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { AuditEvent } from '../../../shared/model/event';
import { t } from '../i18n/messages';
import { levelTone, marksFor, MARK_LONG, MARK_SHORT, statusWords } from './value-marks';

export interface CellOptions {
  /** the first column carries the event-wide marks (control characters, bad JSON) */
  first?: boolean;
  /** the value is a level word: toned, with a sign for errors and warnings */
  level?: boolean;
}

type Params = ICellRendererParams<AuditEvent> & CellOptions;

function el(tag: string, className: string, text: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function markNodes(value: string, p: Params): HTMLElement[] {
  if (!p.data) return [];
  return marksFor(value, p.data.flags, p.first === true).map((m) => {
    const node = el('abbr', `mark mark-${m}`, t(MARK_SHORT[m]));
    node.title = t(MARK_LONG[m]);
    node.setAttribute('aria-label', node.title);
    node.dataset.testid = `mark-${m}`;
    return node;
  });
}

const textOf = (v: unknown): string => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));

abstract class DomCell implements ICellRendererComp<AuditEvent> {
  private readonly gui = el('span', 'cell-line', '');

  init(p: Params): void {
    this.fill(p);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(p: Params): boolean {
    this.fill(p);
    return true;
  }

  private fill(p: Params): void {
    // a row whose block is still loading has no event: blank, as its text cells are
    if (!p.data) return this.gui.replaceChildren();
    const { shown, body } = this.content(p);
    this.gui.replaceChildren(...markNodes(shown, p), body);
  }

  protected abstract content(p: Params): { shown: string; body: Node };
}

/** Any cell but status: the value as text, a level word toned by colour plus a sign. */
export class TextCellRenderer extends DomCell {
  protected content(p: Params): { shown: string; body: Node } {
    const text = textOf(p.value);
    const tone = p.level ? levelTone(text) : 'none';
    if (tone === 'none') return { shown: text, body: document.createTextNode(text) };
    return { shown: text, body: el('span', `level level-${tone}`, (tone === 'error' ? '‼ ' : tone === 'warn' ? '! ' : '') + text) };
  }
}

/** Status as colour plus words (statusWords). */
export class StatusCellRenderer extends DomCell {
  protected content(p: Params): { shown: string; body: Node } {
    // fill() only asks with an event, so there are words
    const words = statusWords(p.data, p.value)!;
    const body = el('span', `status status-${words.status}`, words.text);
    body.dataset.testid = 'status-cell';
    return { shown: words.shown, body };
  }
}
