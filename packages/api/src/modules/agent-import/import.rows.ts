import {
  AGENT_CSV_COLUMNS,
  AgentCsvColumn,
  checkEmailAddress,
  displayNameProblem,
  parseYesNo,
  splitList,
  unguardCsvFormula,
} from '@roster/shared';
import { quoteValue, unknownValues } from '../../common/quote-input';
import { sanitizeSignature, SIGNATURE_MAX_BYTES } from '../agent/agent.validation';

// Validation of CSV rows, pure apart from the lookups handed in: the same code answers a dry run,
// the validation pass and the write pass, so what a dry run reports is what the import does.

type Key = AgentCsvColumn['key'];

export interface RowProblem {
  column: string | null;
  code: string;
  message: string;
}

/** What a valid row says; undefined: the column is absent or the optional cell empty. */
export interface ImportValues {
  email: string;
  name: string;
  groupIds: number[];
  teamIds?: number[];
  isAdmin?: boolean;
  isReportsAdmin?: boolean;
  notifications?: boolean;
  signature?: string | null;
}

export interface CheckedRow {
  row: number;
  email: string | null;
  cells: string[];
  problems: RowProblem[];
  values: ImportValues | null;
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

export interface HeaderPlan {
  columns: Map<Key, number>;
  headers: string[];
  problems: RowProblem[];
  /** A required column is missing: no row can be read. */
  fatal: RowProblem | null;
}

const byKey = new Map(AGENT_CSV_COLUMNS.map((c) => [c.key, c]));

export function planHeader(header: string[], mapped: (Key | null)[]): HeaderPlan {
  const columns = new Map<Key, number>();
  const problems: RowProblem[] = [];
  mapped.forEach((key, i) => {
    const text = header[i].trim();
    if (!key) {
      if (text) problems.push({ column: quoteValue(text), code: 'UNKNOWN_HEADER', message: `Unknown column "${quoteValue(text)}"` });
    } else if (columns.has(key)) {
      problems.push({
        column: byKey.get(key)!.header,
        code: 'DUPLICATE_HEADER',
        message: `The column ${byKey.get(key)!.header} appears twice`,
      });
    } else columns.set(key, i);
  });
  const missing = AGENT_CSV_COLUMNS.filter((c) => c.required && !columns.has(c.key)).map((c) => c.header);
  const fatal = missing.length
    ? {
        column: missing[0],
        code: 'MISSING_COLUMN',
        message: `The header must have the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`,
      }
    : null;
  return { columns, headers: header, problems, fatal };
}

export interface CheckerOptions {
  plan: HeaderPlan;
  groups: NameIndex;
  teams: NameIndex;
  /** API tokens never grant administrator or reports-administrator access. */
  mayGrantAdmin: boolean;
}

/** Checks rows one after another; remembers the emails seen, so a second spelling of one is caught. */
export class RowChecker {
  private readonly seen = new Map<string, number>();
  constructor(private readonly opts: CheckerOptions) {}

  check(row: number, cells: string[]): CheckedRow {
    const problems: RowProblem[] = [];
    const { columns } = this.opts.plan;
    const cell = (key: Key): string | undefined => {
      const i = columns.get(key);
      return i === undefined ? undefined : (cells[i] ?? '');
    };
    const fail = (key: Key, code: string, message: string) => problems.push({ column: byKey.get(key)!.header, code, message });
    const text = (key: Key): string | undefined => {
      const raw = cell(key);
      const col = byKey.get(key)!;
      if (raw !== undefined && raw.length > col.maxLength) {
        fail(key, 'CELL_TOO_LONG', `is ${raw.length.toLocaleString('en')} characters long (at most ${col.maxLength.toLocaleString('en')})`);
        return undefined;
      }
      // A `'` that guards a formula-looking cell (Roster's export writes one) is not part of the value.
      const v = raw === undefined ? undefined : unguardCsvFormula(raw.trim());
      if (col.required && !v && raw !== undefined) fail(key, 'REQUIRED', 'is required');
      return v || undefined;
    };
    const extra = cells.slice(this.opts.plan.headers.length).filter((c) => c.trim());
    if (extra.length) problems.push({ column: null, code: 'EXTRA_CELLS', message: `has ${extra.length} more cell(s) than the header` });

    const rawEmail = text('email');
    let email: string | null = null;
    if (rawEmail) {
      const r = checkEmailAddress(rawEmail);
      if (!r.ok) fail('email', 'INVALID_EMAIL', `${quoteValue(rawEmail)} ${r.problem}`);
      else {
        email = r.email;
        const first = this.seen.get(email);
        if (first !== undefined) fail('email', 'DUPLICATE_EMAIL', `${email} is also on row ${first}`);
        else this.seen.set(email, row);
      }
    }
    const name = text('name');
    const nameProblem = name ? displayNameProblem(name) : null;
    if (nameProblem) fail('name', 'INVALID_NAME', nameProblem);
    const groupIds = this.ids('permissionGroups', text('permissionGroups'), this.opts.groups, 'UNKNOWN_GROUP', 'permission group', fail);
    const teamCell = text('teams');
    const teamIds = teamCell === undefined ? undefined : this.ids('teams', teamCell, this.opts.teams, 'UNKNOWN_TEAM', 'team', fail);
    const flag = (key: Key): boolean | undefined => {
      const v = text(key);
      if (v === undefined) return undefined;
      const parsed = parseYesNo(v, false);
      if (parsed === undefined) fail(key, 'INVALID_YES_NO', `must be Yes or No (got "${quoteValue(v)}")`);
      return parsed;
    };
    const isAdmin = flag('admin');
    const isReportsAdmin = flag('reports');
    const notifications = flag('notifications');
    for (const [key, v] of [
      ['admin', isAdmin],
      ['reports', isReportsAdmin],
    ] as const) {
      if (v && !this.opts.mayGrantAdmin) {
        fail(
          key,
          'ADMIN_NOT_ALLOWED',
          'API tokens cannot grant administrator or reports access: sign in as an administrator to import this row',
        );
      }
    }
    let signature: string | null | undefined;
    const sigCell = text('signature');
    if (sigCell !== undefined) {
      signature = sanitizeSignature(sigCell);
      const bytes = Buffer.byteLength(signature ?? '', 'utf8');
      if (bytes > SIGNATURE_MAX_BYTES)
        fail('signature', 'CELL_TOO_LONG', `is ${bytes} bytes of HTML once formatted (at most ${SIGNATURE_MAX_BYTES})`);
    }
    const values =
      problems.length || !email || !name || !groupIds
        ? null
        : { email, name, groupIds, teamIds, isAdmin, isReportsAdmin, notifications, signature };
    return { row, email, cells, problems, values };
  }

  private ids(
    key: Key,
    value: string | undefined,
    index: NameIndex,
    code: string,
    noun: string,
    fail: (key: Key, code: string, message: string) => void,
  ): number[] | undefined {
    if (value === undefined) return undefined;
    const items = splitList(value);
    const unknown = items.filter((i) => index.resolve(i) === undefined);
    if (unknown.length) {
      fail(key, code, unknownValues(noun, unknown));
      return undefined;
    }
    return [...new Set(items.map((i) => index.resolve(i)!))];
  }
}
