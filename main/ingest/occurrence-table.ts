/**
 * Counts earlier occurrences of the same row in one file, for event ids (docs/decisions.md: two
 * identical lines stay two events, a re-import adds nothing). Keyed by the 106-bit id of the
 * row's first occurrence, held in one typed array with both lanes and the count side by side:
 * ~24 bytes a slot instead of ~100 for a Map of strings, no garbage, and a probe reads one cache
 * line where three arrays cost three misses (a million rows, a table far larger than the cache).
 */
const STRIDE = 3;

export class OccurrenceTable {
  /** slot i: lane a at [3i], lane b at [3i + 1], the count at [3i + 2] (0: empty) */
  private slots = new Float64Array(STRIDE << 16);
  private capacity = 1 << 16;
  private size = 0;

  /** How many times the row with these id lanes (see event-id) was seen before; records this occurrence. */
  next(a: number, b: number): number {
    const mask = this.capacity - 1;
    const s = this.slots;
    for (let i = (a >>> 0) & mask; ; i = (i + 1) & mask) {
      const at = STRIDE * i;
      const count = s[at + 2];
      if (count === 0) {
        s[at] = a;
        s[at + 1] = b;
        s[at + 2] = 1;
        if (++this.size * 2 > this.capacity) this.grow();
        return 0;
      }
      if (s[at] === a && s[at + 1] === b) {
        s[at + 2] = count + 1;
        return count;
      }
    }
  }

  private grow(): void {
    const old = this.slots;
    this.capacity *= 2;
    this.slots = new Float64Array(STRIDE * this.capacity);
    const mask = this.capacity - 1;
    for (let j = 0; j < old.length; j += STRIDE) {
      if (old[j + 2] === 0) continue;
      let i = (old[j] >>> 0) & mask;
      while (this.slots[STRIDE * i + 2] !== 0) i = (i + 1) & mask;
      this.slots[STRIDE * i] = old[j];
      this.slots[STRIDE * i + 1] = old[j + 1];
      this.slots[STRIDE * i + 2] = old[j + 2];
    }
  }
}
