// Values a list loads for its whole page at once (one statement per field, not a DataLoader
// promise per row), kept on the page's rows so that each row's field resolver answers from
// memory. A row that was not on such a page (a single record, a mutation's answer) has none:
// its resolver loads as before.

const PRELOADED = Symbol('loaded with the page');

type WithPreloaded = { [PRELOADED]?: Map<string, unknown> };

/** Keeps `values[i]` (never undefined) as the value of `field` for `rows[i]`. */
export function keepPreloaded(rows: readonly object[], field: string, values: readonly unknown[]): void {
  rows.forEach((row, i) => {
    const r = row as WithPreloaded;
    (r[PRELOADED] ??= new Map()).set(field, values[i]);
  });
}

/** The value the page loaded for `field` of this row, or undefined when it did not. */
export function preloadedValue(row: object, field: string): unknown {
  return (row as WithPreloaded)[PRELOADED]?.get(field);
}
