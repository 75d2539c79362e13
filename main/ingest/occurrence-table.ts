/**
 * Counts earlier occurrences of the same row in one file, for event ids (docs/decisions.md: two
 * identical lines stay two events, a re-import adds nothing). Keyed by the 106-bit id of the
 * row's first occurrence, held in typed arrays: ~20 bytes a slot instead of ~100 for a Map of
 * strings, so a million rows cost ~40 MB at most and no garbage.
 */
export class OccurrenceTable {
  private laneA = new Float64Array(1 << 16);
  private laneB = new Float64Array(1 << 16);
  private counts = new Uint32Array(1 << 16);
  private size = 0;

  /** How many times the row with these id lanes (see event-id) was seen before; records this occurrence. */
  next(a: number, b: number): number {
    const mask = this.counts.length - 1;
    for (let i = (a >>> 0) & mask; ; i = (i + 1) & mask) {
      if (this.counts[i] === 0) {
        this.laneA[i] = a;
        this.laneB[i] = b;
        this.counts[i] = 1;
        if (++this.size * 2 > this.counts.length) this.grow();
        return 0;
      }
      if (this.laneA[i] === a && this.laneB[i] === b) return this.counts[i]++;
    }
  }

  private grow(): void {
    const { laneA, laneB, counts } = this;
    const cap = counts.length * 2;
    this.laneA = new Float64Array(cap);
    this.laneB = new Float64Array(cap);
    this.counts = new Uint32Array(cap);
    const mask = cap - 1;
    for (let j = 0; j < counts.length; j++) {
      if (counts[j] === 0) continue;
      let i = (laneA[j] >>> 0) & mask;
      while (this.counts[i] !== 0) i = (i + 1) & mask;
      this.laneA[i] = laneA[j];
      this.laneB[i] = laneB[j];
      this.counts[i] = counts[j];
    }
  }
}
