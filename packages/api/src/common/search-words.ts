import { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { sortKey } from '@roster/shared';
import { badInput } from './errors';
import { insertRows } from './insert-rows';
import { chunks, inList } from './relations';

// Search by any word of a name or address, by prefix, from an index on both databases: each
// searchable record keeps its words in a words table (user_word, agent_word) with the primary key
// (word, owner id), written in the same transaction as the names and addresses they come from.
// A search word is a range of that key: `word LIKE 'joh%'` finds "Marcus Johnson" by "johnson".
// Words are folded like sort keys (sortKey: lower case, accents stripped), so "emile" finds "Émile".

/** The most words a search may have (after dropping words that another word of it starts with). */
export const MAX_SEARCH_WORDS = 10;

/** Punctuation inside a name's word that also starts a word: "Mary-Jane" by "jane", "O'Brien" by "brien". */
const NAME_PIECES = /[^\p{L}\p{N}]+/u;
/** Separators inside an address's local part: "j.smith+news" by "smith" and "news". */
const LOCAL_PIECES = /[._+-]+/;

/** Code point order, the order of both databases' binary comparison (JS `<` compares UTF-16 units). */
export function compareCodePoints(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a), Buffer.from(b));
}

/** The words of a name (or alias): each word of its sort key, and the pieces of a word with punctuation. */
export function nameWords(name: string): string[] {
  const out: string[] = [];
  for (const word of sortKey(name).split(' ')) {
    if (!word) continue;
    out.push(word);
    const pieces = word.split(NAME_PIECES).filter(Boolean);
    if (pieces.length > 1 || (pieces.length === 1 && pieces[0] !== word)) out.push(...pieces);
  }
  return out;
}

/**
 * The words of an address: the whole address (any prefix of it, so also of its local part), the
 * local part's pieces after the first ("j.smith" by "smith"), the domain ("acme" finds
 * x@acme.example) and its labels between the first and the last ("mail.acme.example" by "acme";
 * top-level labels such as "com" would match half the users and find no one in particular).
 */
export function addressWords(address: string): string[] {
  const folded = sortKey(address);
  const at = folded.lastIndexOf('@');
  if (at < 0) return folded ? [folded] : [];
  const local = folded.slice(0, at);
  const domain = folded.slice(at + 1);
  const labels = domain.split('.').filter(Boolean);
  return [folded, ...local.split(LOCAL_PIECES).filter(Boolean).slice(1), ...(domain ? [domain] : []), ...labels.slice(1, -1)];
}

/** How many characters (code points) two words share at their start. */
export function sharedLength(a: string, b: string): number {
  const x = Array.from(a);
  const y = Array.from(b);
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
}

/**
 * How a set of words starts, as two 31-bit masks that every row of a user carries for all their
 * words: `first`, a bit per first letter (a-z exactly; one bit for any digit, one for anything
 * else), and `pair`, one of 31 bits for the first two characters (hashed). A search of several
 * words skips, without a lookup, the users lacking the bits of its other words; a one-letter
 * word (a-z) needs nothing else ("marcus j", typed on the way to "marcus johnson").
 */
export interface StartBits {
  first: number;
  pair: number;
}

function firstBit(c: number): number {
  if (c >= 0x61 && c <= 0x7a) return 2 ** (c - 0x61);
  return c >= 0x30 && c <= 0x39 ? 2 ** 26 : 2 ** 27;
}

function pairBit(a: number, b: number): number {
  const h = Math.imul(Math.imul(0x811c9dc5 ^ a, 0x01000193) ^ b, 0x01000193);
  return 2 ** ((h >>> 0) % 31);
}

/** The start bits of these words (of a user's words: what their rows carry; of search words: what a user must have). */
export function startBits(words: string[]): StartBits {
  const bits: StartBits = { first: 0, pair: 0 };
  for (const word of words) {
    const [a, b] = Array.from(word, (c) => c.codePointAt(0)!);
    if (a === undefined) continue;
    bits.first |= firstBit(a);
    if (b !== undefined) bits.pair |= pairBit(a, b);
  }
  return bits;
}

/** Whether the first-letter bit alone says that a user has a word starting with this search word. */
export const startsExactly = (word: string): boolean => /^[a-z]$/.test(word);

/** A search word of at most this many characters is answered by a user's word heads alone (wordHeads). */
export const HEAD_LENGTH = 3;
/** The longest heads text a row keeps; a user with more is stored null (the search then looks their words up). */
export const HEADS_MAX_LENGTH = 255;

/**
 * The distinct first HEAD_LENGTH characters of a user's words (cut at a space, which a search word
 * never holds), in code point order, each after a space: " jor zoe". A search word w of at most
 * HEAD_LENGTH characters starts one of the words exactly when the text contains " " + w (a match
 * can only begin at an entry); a longer one needs its first HEAD_LENGTH characters there, then a
 * lookup. Exact where the start bits are hashed: "zoe jo" counts without a lookup per user. Null
 * when the text would pass HEADS_MAX_LENGTH characters.
 */
export function wordHeads(words: string[]): string | null {
  const heads = sortedWords(words.map((w) => Array.from(w.split(' ')[0]).slice(0, HEAD_LENGTH).join('')));
  const text = heads.map((h) => ` ${h}`).join('');
  return wordLength(text) > HEADS_MAX_LENGTH ? null : text;
}

/** The text a user's heads must contain for a search word (see wordHeads). */
export const headNeedle = (word: string): string => ` ${Array.from(word).slice(0, HEAD_LENGTH).join('')}`;

/** The length of a word as the databases count it: code points. */
export const wordLength = (word: string): number => Array.from(word).length;

/** Distinct words in code point order (the order of the words table's key). */
export function sortedWords(words: Iterable<string>): string[] {
  return [...new Set([...words].filter(Boolean))].sort(compareCodePoints);
}

/**
 * The words of a search, each to be matched by prefix: its sort key's words, without the ones
 * another word of it starts with ("jo john": every word starting with "john" starts with "jo"), the
 * longest first (the most selective: it drives the search). Refuses more than MAX_SEARCH_WORDS.
 */
export function searchWords(search: string, field = 'filter.search'): string[] {
  const words = [...new Set(sortKey(search).split(' ').filter(Boolean))];
  const kept = words.filter((w) => !words.some((o) => o !== w && o.startsWith(w)));
  if (kept.length > MAX_SEARCH_WORDS) throw badInput({ [field]: `must have at most ${MAX_SEARCH_WORDS} different words` });
  return kept.sort((a, b) => Array.from(b).length - Array.from(a).length);
}

/** Where a words table is and whose words it holds. */
export interface WordsTable<W extends ObjectLiteral> {
  entity: EntityTarget<W>;
  /** The owner id's property (userId, agentId). */
  ownerProperty: keyof W & string;
  /** The row's properties, in the order insertRows writes them. */
  properties: (keyof W & string)[];
}

/**
 * Replaces the words of these owners with `rows` (every row's owner among `ownerIds`): one DELETE
 * and one multi-row INSERT per chunk of owners. The caller holds the owners' rows locked (or has
 * just inserted them), so no other writer changes their words meanwhile.
 */
export async function replaceWords<W extends ObjectLiteral>(em: EntityManager, table: WordsTable<W>, ownerIds: number[], rows: W[]) {
  const ids = [...new Set(ownerIds)];
  for (const part of chunks(ids)) await em.delete(table.entity, { [table.ownerProperty]: inList(part) } as never);
  await insertRows(em, table.entity, table.properties, rows);
}
