/**
 * Numbers for distinct texts. The index meets the same few hundred user names and e-mails in
 * every chunk: numbering each distinct entry once per chunk, and then combinations of numbers,
 * replaces three string lookups per distinct (name, email, login) of each chunk.
 */
import { detach } from './dictionary';

export class TextIds {
  /** the text of each number */
  readonly texts: string[] = [];
  private readonly ids = new Map<string, number>();

  /** The number of `value`, given a new one when that text was never seen. */
  idOf(value: string): number {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.texts.length;
      // a slice of a chunk's text would keep the whole text alive as a key
      const own = detach(value);
      this.texts.push(own);
      this.ids.set(own, id);
    }
    return id;
  }
}
