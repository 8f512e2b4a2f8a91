// The agent CSV (bulk add) column spec, a contract with integrators (README "Agent CSV"): header
// names, which columns are required, and how Yes/No cells read.

export interface AgentCsvColumn {
  key: 'email' | 'name' | 'permissionGroups' | 'teams' | 'admin' | 'reports' | 'notifications' | 'signature';
  header: string;
  required: boolean;
  kind: 'email' | 'text' | 'list' | 'yesno' | 'html';
  /** Value used when the cell is empty (yes/no columns). */
  default?: boolean;
}

export const AGENT_CSV_COLUMNS: readonly AgentCsvColumn[] = [
  { key: 'email', header: 'Email', required: true, kind: 'email' },
  { key: 'name', header: 'Name', required: true, kind: 'text' },
  { key: 'permissionGroups', header: 'Permission Groups', required: true, kind: 'list' },
  { key: 'teams', header: 'Teams', required: false, kind: 'list' },
  { key: 'admin', header: 'Admin', required: false, kind: 'yesno', default: false },
  { key: 'reports', header: 'Reports', required: false, kind: 'yesno', default: false },
  { key: 'notifications', header: 'Notifications', required: false, kind: 'yesno', default: true },
  { key: 'signature', header: 'Signature', required: false, kind: 'html' },
];

const YES = new Set(['yes', 'y', 'true', '1']);
const NO = new Set(['no', 'n', 'false', '0']);

/** Parses a Yes/No cell. Empty gives the fallback; anything unrecognised gives undefined. */
export function parseYesNo(value: string | undefined | null, fallback: boolean): boolean | undefined {
  const v = (value ?? '').trim().toLowerCase();
  if (v === '') return fallback;
  if (YES.has(v)) return true;
  if (NO.has(v)) return false;
  return undefined;
}

/** Splits a list cell on `;`, `,` or `|`, trimming and dropping empty items. */
export function splitList(value: string | undefined | null): string[] {
  return (value ?? '')
    .split(/[;,|]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/** Maps header cells (any case, any order) to column keys; unknown headers map to null. */
export function mapCsvHeaders(headers: readonly string[]): (AgentCsvColumn['key'] | null)[] {
  const byHeader = new Map(AGENT_CSV_COLUMNS.map((c) => [c.header.toLowerCase(), c.key]));
  return headers.map(
    (h) =>
      byHeader.get(
        h
          .replace(/^\uFEFF/, '')
          .trim()
          .toLowerCase(),
      ) ?? null,
  );
}
