import { CsvColumn, mapCsvHeadersOf, parseYesNo, splitList } from '@roster/shared';
import { unguardCsvFormula } from '../../common/csv-formula';
import { quoteValue, unknownValues } from '../../common/quote-input';

// What every CSV import (agents, users) checks the same way: the header against a column spec
// (any case, any order), and a row's cells (length, required, the export's formula guard, Yes/No,
// lists of ids or names). Pure: the same code answers a dry run, the check pass and the write pass.

export interface RowProblem {
  column: string | null;
  code: string;
  message: string;
  /** What the cell held, for a problem with one value (errorValue): the row error's `value`. */
  value?: string;
}

/** Characters of a cell a row error keeps (ImportRowError.value). */
export const ERROR_VALUE_MAX = 200;

/** A cell's text as a row error keeps it: as written, cut to ERROR_VALUE_MAX characters (an ellipsis marks the cut). */
export const errorValue = (raw: string): string => (raw.length > ERROR_VALUE_MAX ? `${raw.slice(0, ERROR_VALUE_MAX)}…` : raw);

/** One data row as checked: `values` (the kind's own shape) only when it has no problem. */
export interface CheckedRow<V = unknown> {
  row: number;
  email: string | null;
  cells: string[];
  problems: RowProblem[];
  values: V | null;
}

export interface NamedRecord {
  id: number;
  name: string;
}

/** Resolves list cells of IDs or names (case-insensitive) against one table. */
export class NameIndex {
  private readonly byId = new Map<number, number>();
  private readonly byName = new Map<string, number>();
  constructor(records: readonly NamedRecord[]) {
    for (const r of records) {
      this.byId.set(r.id, r.id);
      this.byName.set(r.name.trim().toLowerCase(), r.id);
    }
  }
  resolve(item: string): number | undefined {
    if (/^\d+$/.test(item) && this.byId.has(Number(item))) return Number(item);
    return this.byName.get(item.toLowerCase());
  }
}

export interface HeaderPlan<K extends string = string> {
  spec: readonly CsvColumn<K>[];
  columns: Map<K, number>;
  headers: string[];
  problems: RowProblem[];
  /** A required column is missing: no row can be read. */
  fatal: RowProblem | null;
}

export function planHeader<K extends string>(spec: readonly CsvColumn<K>[], header: string[]): HeaderPlan<K> {
  const mapped = mapCsvHeadersOf(spec, header);
  const headerOf = (key: K) => spec.find((c) => c.key === key)!.header;
  const columns = new Map<K, number>();
  const problems: RowProblem[] = [];
  mapped.forEach((key, i) => {
    const text = header[i].trim();
    if (!key) {
      if (text) problems.push({ column: quoteValue(text), code: 'UNKNOWN_HEADER', message: `Unknown column "${quoteValue(text)}"` });
    } else if (columns.has(key)) {
      problems.push({ column: headerOf(key), code: 'DUPLICATE_HEADER', message: `The column ${headerOf(key)} appears twice` });
    } else columns.set(key, i);
  });
  const missing = spec.filter((c) => c.required && !columns.has(c.key)).map((c) => c.header);
  const fatal = missing.length
    ? {
        column: missing[0],
        code: 'MISSING_COLUMN',
        message: `The header must have the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      }
    : null;
  return { spec, columns, headers: header, problems, fatal };
}

/** One row's cells read through its header plan; problems collect as the cells are read. */
export class RowCells<K extends string> {
  readonly problems: RowProblem[] = [];
  constructor(
    private readonly plan: HeaderPlan<K>,
    private readonly cells: string[],
  ) {
    const extra = cells.slice(plan.headers.length).filter((c) => c.trim());
    if (extra.length)
      this.problems.push({ column: null, code: 'EXTRA_CELLS', message: `has ${extra.length} more cell(s) than the header` });
  }

  private col(key: K): CsvColumn<K> {
    return this.plan.spec.find((c) => c.key === key)!;
  }

  has(key: K): boolean {
    return this.plan.columns.has(key);
  }

  /** A problem with the cell of `key`; `value`: what the cell held, kept with the error (errorValue). */
  fail(key: K, code: string, message: string, value?: string): void {
    this.problems.push({ column: this.col(key).header, code, message, ...(value !== undefined && { value: errorValue(value) }) });
  }

  /** The cell exactly as the file has it (not trimmed, no formula guard removed); undefined when the column is absent. */
  raw(key: K): string | undefined {
    const i = this.plan.columns.get(key);
    return i === undefined ? undefined : (this.cells[i] ?? '');
  }

  /** The trimmed cell; undefined when the column is absent, the cell empty (REQUIRED when `required`) or too long. */
  text(key: K, required = this.col(key).required): string | undefined {
    const raw = this.raw(key);
    const col = this.col(key);
    if (raw !== undefined && raw.length > col.maxLength) {
      this.fail(
        key,
        'CELL_TOO_LONG',
        `is ${raw.length.toLocaleString('en')} characters long (at most ${col.maxLength.toLocaleString('en')})`,
      );
      return undefined;
    }
    // A `'` that guards a formula-looking cell (Roster's export writes one) is not part of the value.
    const v = raw === undefined ? undefined : unguardCsvFormula(raw.trim());
    if (required && !v && raw !== undefined) this.fail(key, 'REQUIRED', 'is required');
    return v || undefined;
  }

  /** A Yes/No cell: undefined when absent or empty. */
  flag(key: K): boolean | undefined {
    const v = this.text(key);
    if (v === undefined) return undefined;
    const parsed = parseYesNo(v, false);
    if (parsed === undefined) this.fail(key, 'INVALID_YES_NO', `must be Yes or No (got "${quoteValue(v)}")`);
    return parsed;
  }

  /** A list of IDs or names resolved by `index`: undefined when absent, empty or naming an unknown one. */
  ids(key: K, index: NameIndex, code: string, noun: string, value = this.text(key)): number[] | undefined {
    if (value === undefined) return undefined;
    const items = splitList(value);
    const unknown = items.filter((i) => index.resolve(i) === undefined);
    if (unknown.length) {
      this.fail(key, code, unknownValues(noun, unknown));
      return undefined;
    }
    return [...new Set(items.map((i) => index.resolve(i)!))];
  }
}

/** The rows an address was first seen on, so that a second spelling of one (A@x.com after a@x.com) is caught. */
export class SeenEmails {
  private readonly seen = new Map<string, number>();
  /** The earlier row that had `email`, or undefined (and `email` is now this row's). */
  claim(email: string, row: number): number | undefined {
    const first = this.seen.get(email);
    if (first === undefined) this.seen.set(email, row);
    return first === row ? undefined : first;
  }
}
