/**
 * Lets the keyboard shortcuts put focus into the PC grid (arrow keys pressed outside it) without
 * holding the grid's API in a store: the mounted grid registers a focus function here.
 */
let focusRow: ((index: number) => void) | null = null;

export function registerGridFocus(fn: ((index: number) => void) | null): void {
  focusRow = fn;
}

/** Focuses row `index` of the mounted grid; false when no grid is mounted. */
export function focusGridRow(index: number): boolean {
  if (!focusRow) return false;
  focusRow(index);
  return true;
}
