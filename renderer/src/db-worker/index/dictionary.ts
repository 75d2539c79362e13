/**
 * Dictionary encoding of one string column: each distinct value gets a dense code in arrival order.
 * Append-only, so arrays derived from the values (lowercase text, actor parts, sort ranks) can be
 * cached and only extended when new values arrive.
 */

/**
 * A copy of `s` that does not keep a larger string alive. Values read from a stored chunk are
 * slices of its packed text (raw lines included), and V8 keeps the whole text for any slice of 13
 * or more characters: one distinct IP per chunk kept every chunk's text in memory. Flattening a
 * concatenation allocates a fresh string, which the slice then points into.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (` ${s}`).slice(1);
}

let nextDictionaryId = 1;

export class Dictionary {
  /** names this dictionary in caches kept elsewhere (the regex worker's mirror of its texts) */
  readonly id = nextDictionaryId++;
  readonly values: string[] = [];
  private readonly codes = new Map<string, number>();
  /** values[0..mapped) are in `codes`; `append` leaves the rest for the first lookup */
  private mapped = 0;
  private readonly derivedCache = new Map<string, string[]>();
  private readonly rankCache = new Map<string, { size: number; ranks: Int32Array }>();

  get size(): number {
    return this.values.length;
  }

  /** The code of `value`, adding it when new. */
  encode(value: string): number {
    this.syncMap();
    let code = this.codes.get(value);
    if (code === undefined) {
      code = this.values.length;
      const own = detach(value);
      this.values.push(own);
      this.codes.set(own, code);
      this.mapped++;
    }
    return code;
  }

  /**
   * Adds a value the caller knows is new, without hashing it now (see ip-column.ts: half a million
   * distinct IPs cost ~0.5 s of Map inserts per million events).
   */
  append(value: string): number {
    this.values.push(detach(value));
    return this.values.length - 1;
  }

  /** The code of `value`, or -1 when no event ever had it. */
  lookup(value: string): number {
    this.syncMap();
    return this.codes.get(value) ?? -1;
  }

  private syncMap(): void {
    for (; this.mapped < this.values.length; this.mapped++) this.codes.set(this.values[this.mapped], this.mapped);
  }

  /**
   * `derive(value)` for every entry, aligned with the codes, cached under `name`. Lets conditions
   * run once per distinct value (lowercase, actor parts) instead of once per event.
   */
  derived(name: string, derive: (value: string) => string): readonly string[] {
    let out = this.derivedCache.get(name);
    if (!out) {
      out = [];
      this.derivedCache.set(name, out);
    }
    for (let i = out.length; i < this.values.length; i++) out.push(derive(this.values[i]));
    return out;
  }

  /**
   * Sort rank per code under an ordering named `key` (equal ranks for entries that sort alike),
   * recomputed only when the dictionary grew: ranking half a million distinct IPs costs more than
   * any one query.
   */
  ranks(key: string, compute: (values: readonly string[]) => Int32Array): Int32Array {
    const c = this.rankCache.get(key);
    if (c && c.size === this.values.length) return c.ranks;
    const ranks = compute(this.values);
    this.rankCache.set(key, { size: this.values.length, ranks });
    return ranks;
  }
}
