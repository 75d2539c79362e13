/**
 * A new query shown from the top of a result reloads the grid's rows in place (EventsGrid's
 * reloadInPlace): building every row anew cost a 26–75 ms task on Enter and another when the first
 * block came. Until the new query's rows in view have arrived, the rows shown are the previous
 * result's: the grid says so (`data-stale`, dimmed by styles.css) and a click or key on such a row
 * opens nothing, since the index it names already belongs to the new result. (With a new
 * datasource the rows are empty stubs meanwhile; the mark spans that wait too.)
 */

/** After the next frame has been rendered (a task after its animation-frame callbacks). */
export function afterNextFrame(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn));
}

export class StaleRows {
  private pendingKey: string | null = null;
  private el: Pick<HTMLElement, 'dataset'> | null = null;

  constructor(private readonly later: (fn: () => void) => void = afterNextFrame) {}

  /** The element that carries `data-stale` (the grid's wrapper). */
  attach(el: Pick<HTMLElement, 'dataset'> | null): void {
    this.el = el;
    this.show();
  }

  get stale(): boolean {
    return this.pendingKey !== null;
  }

  /** The query `key` replaces the one shown: its rows are not here yet. */
  begin(key: string): void {
    this.pendingKey = key;
    this.show();
  }

  /**
   * A block of query `key` arrived. `firstShown`: the index of the first row in view now. The rows
   * are current once the block covering it is in, or once the result ends before it (an empty or
   * shorter result).
   */
  loaded(key: string, start: number, end: number, total: number, firstShown: number): void {
    if (key !== this.pendingKey) return;
    if ((firstShown >= start && firstShown < end) || total <= firstShown) this.settle(key);
  }

  /** A failed block of the pending query: stop marking, the grid shows what it has. */
  failed(key: string): void {
    if (key === this.pendingKey) this.settle(key);
  }

  /**
   * The grid hands the rows to React, which renders them in a task of its own: the mark goes after
   * the next frame, so that the rows are never shown current while they still read the old result.
   */
  private settle(key: string): void {
    this.later(() => {
      if (key !== this.pendingKey) return;
      this.pendingKey = null;
      this.show();
    });
  }

  private show(): void {
    if (!this.el) return;
    if (this.pendingKey === null) delete this.el.dataset.stale;
    else this.el.dataset.stale = 'true';
  }
}
