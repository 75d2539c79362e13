/**
 * What a source of JSON records provides (Okta, Google Reports, Graph, Slack, GitHub …). The
 * pipeline hands each record to the best-fitting module; containers and formats (JSON array,
 * wrapped array, JSON Lines, gzip, ZIP) are the pipeline's business, not the module's.
 */
import type { NormalizeContext, NormalizeResult } from './source-module';

/** One parsed JSON record (an element of the array, or one line of JSON Lines). */
export type JsonRecord = Readonly<Record<string, unknown>>;

export interface JsonSourceModule {
  readonly id: string;
  readonly category: string;
  /** > 0 when the record fits this source; higher is a better fit */
  detect(record: JsonRecord): number;
  normalize(record: JsonRecord, ctx: NormalizeContext): NormalizeResult;
  /** the vendor's own unique record id; when present it, not the raw text, decides duplicates */
  recordId?(record: JsonRecord): string | null;
  /**
   * Optional: several events from one record (Google Reports: one per `events[]` entry). When
   * present it is used instead of `normalize`; event i's id is made from the record id (or the
   * record's text) and i, and every event carries the record's line and raw text.
   */
  normalizeMany?(record: JsonRecord, ctx: NormalizeContext): NormalizeResult[];
}
