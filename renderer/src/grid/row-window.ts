/**
 * The mobile cards' row cache: fixed-size blocks fetched from the DB worker on demand, so a
 * million-event result costs only the blocks around the viewport. Pure logic, no React.
 */
import type { AuditEvent } from '../../../shared/model/event';

export const BLOCK_ROWS = 100;
/** blocks kept; the farthest from the viewport go first */
export const MAX_BLOCKS = 20;

/** Block numbers covering rows first..last (inclusive), clamped to the result. */
export function blocksFor(first: number, last: number, total: number, size = BLOCK_ROWS): number[] {
  if (total <= 0 || last < first) return [];
  const a = Math.max(0, Math.floor(first / size));
  const b = Math.floor(Math.min(last, total - 1) / size);
  const out: number[] = [];
  for (let i = a; i <= b; i++) out.push(i);
  return out;
}

export type FetchRows = (start: number, end: number) => Promise<{ rows: AuditEvent[]; total: number }>;

export class RowWindow {
  private blocks = new Map<number, AuditEvent[]>();
  private loading = new Set<number>();
  total: number | null = null;

  constructor(private readonly fetchRows: FetchRows, private readonly onChange: () => void, private readonly size = BLOCK_ROWS) {}

  row(i: number): AuditEvent | undefined {
    return this.blocks.get(Math.floor(i / this.size))?.[i % this.size];
  }

  /** Fetches the missing blocks for rows first..last; `total` is learnt from the first reply. */
  ensure(first: number, last: number): void {
    const total = this.total ?? last + 1;
    for (const b of blocksFor(first, last, total, this.size)) {
      if (this.blocks.has(b) || this.loading.has(b)) continue;
      this.loading.add(b);
      this.fetchRows(b * this.size, (b + 1) * this.size).then((r) => {
        this.loading.delete(b);
        this.blocks.set(b, r.rows);
        this.total = r.total;
        this.evict(b);
        this.onChange();
      }, () => { this.loading.delete(b); });
    }
  }

  private evict(near: number): void {
    if (this.blocks.size <= MAX_BLOCKS) return;
    const far = [...this.blocks.keys()].sort((x, y) => Math.abs(y - near) - Math.abs(x - near));
    for (const b of far.slice(0, this.blocks.size - MAX_BLOCKS)) this.blocks.delete(b);
  }

  cachedBlocks(): number {
    return this.blocks.size;
  }
}
