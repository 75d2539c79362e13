/**
 * The actor as one dictionary entry: name, email and login joined by a separator that cannot occur
 * in display fields (ingest strips C0 controls). One code per person covers the `actor`,
 * `actorName`, `actorEmail` and `actorLogin` conditions and the display sort.
 */

const SEP = '\u001f';

export type ActorPart = 'name' | 'email' | 'login';
const PART_INDEX: Record<ActorPart, number> = { name: 0, email: 1, login: 2 };

export function actorKey(name: string, email: string, login: string): string {
  return `${name}${SEP}${email}${SEP}${login}`;
}

export function actorPart(key: string, part: ActorPart): string {
  return key.split(SEP)[PART_INDEX[part]] ?? '';
}

/** `Name (email)` when both exist, otherwise whichever of name, email, login exists. */
export function actorDisplay(name: string, email: string, login: string): string {
  if (name && email) return `${name} (${email})`;
  return name || email || login;
}

export function actorKeyDisplay(key: string): string {
  const [name = '', email = '', login = ''] = key.split(SEP);
  return actorDisplay(name, email, login);
}

/** The part that names the person in a filter: email, else login, else name (`actor eq` matches it). */
export function actorKeyIdentity(key: string): string {
  const [name = '', email = '', login = ''] = key.split(SEP);
  return email || login || name;
}

/** The distinct non-empty parts of an actor key: the values `actor eq` accepts for that person. */
export function actorKeyParts(key: string): string[] {
  return [...new Set(key.split(SEP).filter((p) => p !== ''))];
}
