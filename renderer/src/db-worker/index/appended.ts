/**
 * Aggregates over every event that are extended with the events appended since they were last
 * computed, and rebuilt only when events were removed. The UI asks for per-source counts and
 * details keys after every batch of an import: a full pass each time cost seconds per million.
 */
import type { EventIndex } from './event-index';

interface Entry<S> { removals: number; size: number; state: S }

export class AppendedAggregate<S> {
  private readonly entries = new WeakMap<EventIndex, Entry<S>>();

  /** `add(state, from, to)` folds positions from..to-1 into the state. */
  constructor(private readonly fresh: () => S, private readonly add: (index: EventIndex, state: S, from: number, to: number) => void) {}

  get(index: EventIndex): S {
    let e = this.entries.get(index);
    if (!e || e.removals !== index.removals || e.size > index.size) {
      e = { removals: index.removals, size: 0, state: this.fresh() };
      this.entries.set(index, e);
    }
    if (e.size < index.size) {
      this.add(index, e.state, e.size, index.size);
      e.size = index.size;
    }
    return e.state;
  }
}
