// Text rules shared by the API and the SPA: one place decides how names sort and match, and
// which characters may not appear in what other people are shown.

/** Longest sort key stored (the column is varchar(255); NFKD can lengthen a 200-character name). */
export const SORT_KEY_MAX_LENGTH = 255;

/**
 * The key that names are ordered and prefix-searched by, on every database: compatibility
 * decomposition (NFKD), combining marks stripped, lower-cased, runs of white space made one
 * space. "Émile", "EMILE" and "émile" share the key "emile"; "Zoë" sorts after it. Databases
 * compare these keys as plain code points (SQLite's BINARY, MySQL's utf8mb4_bin), so the order
 * and the page cursors never depend on a collation.
 */
export function sortKey(text: string): string {
  const folded = text
    .normalize('NFKD')
    .toLowerCase()
    // Lower-casing can decompose again (İ -> i + combining dot).
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = Array.from(folded);
  return chars.length > SORT_KEY_MAX_LENGTH ? chars.slice(0, SORT_KEY_MAX_LENGTH).join('') : folded;
}

/**
 * Characters that show nothing or rearrange what follows: controls (Cc), format characters
 * (Cf: zero-width spaces and joiners, bidirectional overrides, the byte-order mark, soft
 * hyphens) and line/paragraph separators. Refused in logins and in names other people see.
 */
const INVISIBLE_RE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;

export const hasInvisibleChars = (text: string): boolean => INVISIBLE_RE.test(text);

export const INVISIBLE_CHARS_PROBLEM = 'must not contain invisible, control or text-direction characters';

/** A name or alias shown to other people: null when acceptable, else the field error. */
export function displayNameProblem(name: string): string | null {
  return hasInvisibleChars(name) ? INVISIBLE_CHARS_PROBLEM : null;
}
