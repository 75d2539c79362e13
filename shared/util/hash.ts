/**
 * Fast non-cryptographic string hash for event ids: two independent 53-bit cyrb53 lanes, 106 bits
 * in all, so a million events collide with odds near 1e-20. Crypto hashing per row would cost
 * ~1 s per million events on the import's critical path; file integrity uses SHA-256 instead.
 */
function cyrb53(str: string, seed: number): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** 28-character base-36 id of a string (two 53-bit lanes). */
export function hashId(text: string): string {
  return cyrb53(text, 0x9e3779b9).toString(36).padStart(11, '0') + cyrb53(text, 0x85ebca6b).toString(36).padStart(11, '0');
}
