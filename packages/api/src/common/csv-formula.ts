// The one CSV formula guard (CSV injection, OWASP) for every CSV Roster writes (agent and user
// exports, import error reports) and its inverse for every CSV Roster reads.

/** A phone number: `+` then digits, spaces, dashes, parentheses and dots only (`+1 (555) 010-0100`). */
const PHONE = /^\+[\d\s\-().]*\d[\d\s\-().]*$/;
/** A plain signed number: `-12`, `+3.5`, `-1,000.25` (U+2212 is the minus sign). */
const SIGNED_NUMBER = /^[+\-\u2212]\d[\d,]*(?:\.\d+)?$/;
const SIGN = /^[+\-\u2212]/;

/**
 * What a spreadsheet would run as a formula, with the harmless sign-led values taken out: a cell
 * that starts with `=` or `@`, a tab or a CR, or with `+` or `-` not followed by a phone number or
 * a plain number; also after leading spaces and in the full-width and small forms spreadsheets read
 * as those characters (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫: NFKC folds them to ASCII).
 */
function runsAsFormula(cell: string, allowSigned: boolean): boolean {
  const test = (s: string) => {
    if (/^[\t\r]/.test(s)) return true;
    const t = s.replace(/^\s+/, '');
    if (/^[=@]/.test(t)) return true;
    return SIGN.test(t) && !(allowSigned && (PHONE.test(t) || SIGNED_NUMBER.test(t.trimEnd())));
  };
  return test(cell) || test(cell.normalize('NFKC'));
}

/**
 * A `'` is the marker when the rest would have been guarded by any version of this guard (earlier
 * exports guarded every sign-led cell, phones too, and must still read back without the marker).
 */
const isMarker = (rest: string) => runsAsFormula(rest.replace(/^'+/, ''), false);

/**
 * Cells the guard marks: a formula, and a value that already starts with `'` before anything the
 * import would take for a marker (`'=x`, `''=x`, `'+1`), so the guard is reversible:
 * unguardCsvFormula(guardCsvFormula(c)) === c for every cell, and an export imports back unchanged.
 */
const needsGuard = (cell: string): boolean => (cell.startsWith("'") ? isMarker(cell) : runsAsFormula(cell, true));

/** The cell as Roster writes it into CSV: with a leading `'` (the usual text marker) when it needs one. */
export const guardCsvFormula = (cell: string): string => (needsGuard(cell) ? `'${cell}` : cell);

/** The cell as Roster reads it from CSV: without the marker `guardCsvFormula` added. */
export const unguardCsvFormula = (cell: string): string => (cell.startsWith("'") && isMarker(cell.slice(1)) ? cell.slice(1) : cell);
