import { describe, expect, it } from 'vitest';
import { StaleRows } from './stale-rows';

/** A StaleRows whose "after the next frame" runs when the test says so. */
function setUp() {
  const queued: (() => void)[] = [];
  const rows = new StaleRows((fn) => queued.push(fn));
  const el = { dataset: {} as DOMStringMap };
  rows.attach(el);
  const frame = () => queued.splice(0).forEach((fn) => fn());
  /** A block of `key` answers and a frame passes: is the grid still marked? */
  const answer = (key: string, start: number, end: number, total: number, firstShown: number) => {
    rows.loaded(key, start, end, total, firstShown);
    frame();
    return rows.stale;
  };
  return { rows, el, frame, answer };
}

describe('stale rows', () => {
  it('marks the grid from a new query until the block in view has arrived and been rendered', () => {
    const { rows, el, frame, answer } = setUp();
    expect(el.dataset.stale).toBeUndefined();
    rows.begin('q1');
    expect(rows.stale).toBe(true);
    expect(el.dataset.stale).toBe('true');
    // a block out of view (reloaded by the same refresh) changes nothing
    expect(answer('q1', 500, 1000, 5000, 0)).toBe(true);
    // nor does a cached block past the end of a shorter new result, answered before the one in view
    expect(answer('q1', 500, 1000, 300, 0)).toBe(true);
    rows.loaded('q1', 0, 500, 5000, 0);
    expect(rows.stale).toBe(true); // not before React has rendered the rows
    frame();
    expect(rows.stale).toBe(false);
    expect(el.dataset.stale).toBeUndefined();
  });

  it('ignores the answers of an older query, and a settle overtaken by a newer query', () => {
    const { rows, frame, answer } = setUp();
    rows.begin('q1');
    rows.loaded('q1', 0, 500, 10, 0);
    rows.begin('q2');
    frame();
    expect(rows.stale).toBe(true);
    expect(answer('q1', 0, 500, 10, 0)).toBe(true);
    expect(answer('q2', 0, 500, 10, 0)).toBe(false);
  });

  it('settles when the result ends before the rows in view, and when a block fails', () => {
    const { rows, frame, answer } = setUp();
    rows.begin('empty');
    expect(answer('empty', 1000, 1500, 0, 1200)).toBe(false);
    rows.begin('broken');
    rows.failed('other');
    frame();
    expect(rows.stale).toBe(true);
    rows.failed('broken');
    frame();
    expect(rows.stale).toBe(false);
  });

  it('shows the mark on an element attached later, and leaves a detached one alone', () => {
    const rows = new StaleRows((fn) => fn());
    rows.begin('q');
    const el = { dataset: {} as DOMStringMap };
    rows.attach(el);
    expect(el.dataset.stale).toBe('true');
    rows.attach(null);
    rows.loaded('q', 0, 500, 10, 0);
    expect(el.dataset.stale).toBe('true');
    expect(rows.stale).toBe(false);
  });
});
