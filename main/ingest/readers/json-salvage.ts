/**
 * What can be read from a JSON object that was cut off: a line truncated by a tool, a file that
 * ends mid-record, a cell cut at Excel's 32,767 characters. Everything up to the last complete
 * member is kept and the open brackets are closed, so a source can still import the record from
 * the fields that survived (rule 7) while its raw text stays as it was.
 */

/**
 * The complete members of a cut JSON object, or null when the text is not a cut object (it does
 * not start with `{`, has no complete member, or closes: then the damage is not a cut).
 */
export function salvageJsonObject(text: string): Record<string, unknown> | null {
  const start = text.search(/\S/);
  if (start < 0 || text.charCodeAt(start) !== 123) return null;
  const stack: number[] = [];
  let inString = false;
  let escape = false;
  let cut = -1;
  let cutDepth: number[] = [];
  for (let i = start; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (escape) escape = false;
      else if (c === 92) escape = true;
      else if (c === 34) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 || c === 91) stack.push(c);
    else if (c === 125 || c === 93) {
      stack.pop();
      if (stack.length === 0) return null;
    } else if (c === 44) {
      // everything before a comma is complete: a place to cut
      cut = i;
      cutDepth = stack.slice();
    }
  }
  if (cut < 0) return null;
  const closing = cutDepth.reverse().map((c) => (c === 123 ? '}' : ']')).join('');
  try {
    const v: unknown = JSON.parse(text.slice(start, cut) + closing);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
