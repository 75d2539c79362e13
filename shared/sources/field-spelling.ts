import type { Labels } from '../model/source-catalog';

/** How a source's column is called: the vendor screen's labels, and other header spellings seen in files. */
export interface FieldSpelling {
  /** what the vendor's screen calls the column */
  labels: Required<Labels>;
  /** other header spellings accepted on import (matching ignores case, width and spaces) */
  aliases: readonly string[];
}
