// The agent CSV (bulk add) column spec, a contract with integrators (docs/csv.md "Agent CSV"): header
// names, which columns are required, and how Yes/No cells read.

/** One column of an import CSV (agents, users): what an import engine needs to read it. */
export interface CsvColumn<K extends string = string> {
  key: K;
  header: string;
  required: boolean;
  kind: string;
  /** Value used when the cell is empty (yes/no columns). */
  default?: boolean;
  /** Longest cell accepted, in characters. */
  maxLength: number;
  /** Other spellings admins write for this header (the seed documentation's among them). */
  aliases?: readonly string[];
}

export type AgentCsvColumn = CsvColumn<
  'email' | 'name' | 'permissionGroups' | 'teams' | 'admin' | 'reports' | 'notifications' | 'signature' | 'type' | 'businessUnit'
> & {
  kind: 'email' | 'text' | 'list' | 'yesno' | 'html' | 'agentType' | 'businessUnit';
};

export const AGENT_CSV_COLUMNS: readonly AgentCsvColumn[] = [
  {
    key: 'email',
    header: 'Email',
    required: true,
    kind: 'email',
    maxLength: 254,
    aliases: ['Email address', 'E-mail', 'E-mail address', 'Login email'],
  },
  { key: 'name', header: 'Name', required: true, kind: 'text', maxLength: 200, aliases: ['Full name', 'Agent name'] },
  {
    key: 'permissionGroups',
    header: 'Permission Groups',
    required: true,
    kind: 'list',
    maxLength: 2000,
    aliases: ['Permission Group', 'Groups'],
  },
  { key: 'teams', header: 'Teams', required: false, kind: 'list', maxLength: 2000, aliases: ['Team'] },
  {
    key: 'admin',
    header: 'Admin',
    required: false,
    kind: 'yesno',
    default: false,
    maxLength: 10,
    aliases: ['Admin access', 'Administrator', 'Administrator access', 'Is admin'],
  },
  {
    key: 'reports',
    header: 'Reports',
    required: false,
    kind: 'yesno',
    default: false,
    maxLength: 10,
    aliases: ['Reports access', 'Reports admin', 'Reports administrator', 'Reports admin access'],
  },
  {
    key: 'notifications',
    header: 'Notifications',
    required: false,
    kind: 'yesno',
    default: true,
    maxLength: 10,
    aliases: ['Notification', 'Email notifications'],
  },
  { key: 'signature', header: 'Signature', required: false, kind: 'html', maxLength: 60_000, aliases: ['Email signature'] },
  // Last, so that files written before it (without the column) read as they always did: empty = Full.
  { key: 'type', header: 'Type', required: false, kind: 'agentType', maxLength: 10, aliases: ['Agent type'] },
  // After Type for the same reason. One existing unit by name (an unknown name is a row error: units are
  // an administrator's list, an import does not add to it); empty: none for a new agent, unchanged for one that exists.
  { key: 'businessUnit', header: 'Business Unit', required: false, kind: 'businessUnit', maxLength: 200, aliases: ['Unit'] },
];

/** The longest row an import reads (a full signature plus the other cells); longer rows fail the file. */
export const AGENT_CSV_MAX_ROW_CHARS = 100_000;

/** A header cell as compared: no BOM, case and spaces ignored ("permission groups" = "PermissionGroups"). */
export const csvHeaderKey = (h: string): string =>
  h
    .replace(/^\uFEFF/, '')
    .replace(/[\s_]+/g, '')
    .toLowerCase();

/**
 * The delimiter of a file from its header line: `;` when it has more semicolons than commas
 * outside quotes (spreadsheets in many European locales save "CSV" that way), else `,`.
 */
export function detectCsvDelimiter(headerLine: string): ',' | ';' {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === ',') commas++;
    else if (!quoted && ch === ';') semicolons++;
  }
  return semicolons > commas ? ';' : ',';
}

/** The template offered for download: the header and one example row. */
export const AGENT_CSV_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  AGENT_CSV_COLUMNS.map((c) => c.header),
  ['jane.doe@example.com', 'Jane Doe', 'All Permissions', 'Support; Billing', 'No', 'No', 'Yes', '<p>Jane Doe, Support</p>', 'Full', ''],
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

/** Maps header cells (any case, any order, a column's aliases too) to the keys of `columns`; unknown headers map to null. */
export function mapCsvHeadersOf<K extends string>(columns: readonly CsvColumn<K>[], headers: readonly string[]): (K | null)[] {
  const byHeader = new Map(columns.flatMap((c) => [c.header, ...(c.aliases ?? [])].map((h) => [csvHeaderKey(h), c.key] as const)));
  return headers.map((h) => byHeader.get(csvHeaderKey(h)) ?? null);
}

/** Maps an agent CSV header (any case, any order) to column keys; unknown headers map to null. */
export const mapCsvHeaders = (headers: readonly string[]): (AgentCsvColumn['key'] | null)[] => mapCsvHeadersOf(AGENT_CSV_COLUMNS, headers);
