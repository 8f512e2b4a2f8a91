import type { CsvColumn } from './agent-csv';

// The user CSV (CRM import and export) column spec, a contract with integrators (docs/csv.md
// "User CSV"): header names, which columns are required, and the longest cell each takes. The limits
// are the user record's (api modules/user/user.validation.ts USER_LIMITS).

export type UserCsvKey =
  | 'name'
  | 'email'
  | 'organization'
  | 'usergroups'
  | 'phone'
  | 'website'
  | 'twitter'
  | 'linkedin'
  | 'facebook'
  | 'address'
  | 'timezone'
  | 'language'
  | 'summary'
  | 'autoResponder';

export type UserCsvColumn = CsvColumn<UserCsvKey>;

export const USER_CSV_COLUMNS: readonly UserCsvColumn[] = [
  { key: 'name', header: 'Name', required: true, kind: 'text', maxLength: 200 },
  // Several addresses separated by ; , or |: the first is the primary one (at most 20, 254 each).
  { key: 'email', header: 'Email', required: true, kind: 'emails', maxLength: 5200 },
  { key: 'organization', header: 'Organization', required: false, kind: 'text', maxLength: 200 },
  { key: 'usergroups', header: 'Usergroups', required: false, kind: 'list', maxLength: 2000 },
  { key: 'phone', header: 'Phone', required: false, kind: 'text', maxLength: 50 },
  { key: 'website', header: 'Website', required: false, kind: 'text', maxLength: 500 },
  { key: 'twitter', header: 'Twitter', required: false, kind: 'text', maxLength: 500 },
  { key: 'linkedin', header: 'LinkedIn', required: false, kind: 'text', maxLength: 500 },
  { key: 'facebook', header: 'Facebook', required: false, kind: 'text', maxLength: 500 },
  { key: 'address', header: 'Address', required: false, kind: 'text', maxLength: 1000 },
  { key: 'timezone', header: 'Timezone', required: false, kind: 'text', maxLength: 64 },
  { key: 'language', header: 'Language', required: false, kind: 'text', maxLength: 16 },
  { key: 'summary', header: 'Summary', required: false, kind: 'text', maxLength: 10_000 },
  { key: 'autoResponder', header: 'Auto Responder', required: false, kind: 'yesno', default: false, maxLength: 10 },
];

/** The template offered for download: the header and one example row. */
export const USER_CSV_TEMPLATE_ROWS: readonly (readonly string[])[] = [
  USER_CSV_COLUMNS.map((c) => c.header),
  [
    'Jane Doe',
    'jane@example.com; jane.doe@example.org',
    'Example Ltd',
    // No usergroup: a new install has none, and an unknown one is a row error.
    '',
    '+44 20 7946 0000',
    'https://example.com',
    'janedoe',
    'https://www.linkedin.com/in/janedoe',
    '',
    '1 Example Street, London',
    'Europe/London',
    'en',
    'Prefers email',
    'No',
  ],
];
