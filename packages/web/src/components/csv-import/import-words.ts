import { withoutPermissionKeys } from '../../lib/errors';
import { EMAIL_PROBLEMS } from '@roster/shared';
import type { ImportJob } from './import-kind';

// The import screens' words for what the API says in codes and data-row numbers.

type RowError = ImportJob['errors'][number];

/** The API counts data rows (1 = the first after the header; 0 = the header or the file); a spreadsheet shows the header as row 1. */
export const spreadsheetRow = (apiRow: number) => apiRow + 1;

/** "2", or "1 (header)" for the header and the file as a whole. */
export const spreadsheetRowLabel = (apiRow: number) => (apiRow === 0 ? '1 (header)' : spreadsheetRow(apiRow).toLocaleString());

/** Each row error code as a sentence; the API's message follows with the particulars (the cell, the name not found). */
const SENTENCES: Record<string, string> = {
  REQUIRED: 'A required cell is empty',
  INVALID_EMAIL: 'The email address is not valid',
  DUPLICATE_EMAIL: 'The email address is on an earlier row of the file too',
  EMAIL_TAKEN: 'The email address already belongs to someone else',
  UNKNOWN_GROUP: 'No permission group has this name or ID',
  UNKNOWN_TEAM: 'No team has this name or ID',
  UNKNOWN_ORGANIZATION: 'No organization has this name',
  UNKNOWN_USERGROUP: 'No usergroup has this name',
  INVALID_YES_NO: 'Write Yes or No in this cell',
  INVALID_NAME: 'The name cannot be used',
  INVALID_VALUE: 'The value cannot be used',
  CELL_TOO_LONG: 'A cell is longer than its column allows',
  EXTRA_CELLS: 'The row has more cells than the header has columns',
  ADMIN_NOT_ALLOWED: 'An API token cannot make or change an administrator',
  MERGED_USER: 'The user was merged into another one',
  UNKNOWN_HEADER: 'The header names a column this import does not know',
  DUPLICATE_HEADER: 'A column appears twice in the header',
  MISSING_COLUMN: 'A required column is missing from the header',
  LICENSE_LIMIT_REACHED: 'There are not enough free seats for the new agents',
};

/** Codes whose API message repeats the sentence and counts data rows ("Row 3 is …"): the sentence stands alone. */
const WHOLE_SENTENCES: Record<string, string> = {
  ROW_TOO_LONG: 'The row is longer than 100,000 characters, so it was not read.',
};

/** The problem a message that quotes the cell first ends with ("bob@@x is not a valid email address"), if a known one. */
const valueProblem = (message: string): string | undefined => Object.values(EMAIL_PROBLEMS).find((p) => message.endsWith(` ${p}`));

/**
 * The error in words: the code's sentence, then the API's particulars; an unknown code keeps the API's
 * message. An error that carries its cell (an invalid email) quotes it as text, whatever it holds:
 * `Row 7 (spreadsheet row 8): email "bob@@example" is not a valid email address`.
 */
export function errorSentence(error: Pick<RowError, 'code' | 'message' | 'row' | 'column' | 'value'>): string {
  if (error.value != null && error.row > 0) {
    const what = (error.column ?? 'cell').toLowerCase();
    return `Row ${error.row.toLocaleString()} (spreadsheet row ${spreadsheetRow(error.row).toLocaleString()}): ${what} "${error.value}" ${valueProblem(error.message) ?? EMAIL_PROBLEMS.invalid}`;
  }
  const whole = WHOLE_SENTENCES[error.code];
  if (whole) return whole;
  const sentence = SENTENCES[error.code];
  // A row refused for a missing permission names its key for integrators: people read the words.
  const message = withoutPermissionKeys(error.message);
  return sentence ? `${sentence}: ${message}` : message;
}

/**
 * What was in a row's Email cell when the API kept no address for it (it was not one): the row
 * error's value; from an API without it, the start of its message (cut at 60 characters there).
 */
export function rawEmailCell(errors: readonly RowError[], apiRow: number): string | undefined {
  const error = errors.find((e) => e.row === apiRow && e.code === 'INVALID_EMAIL');
  if (!error) return undefined;
  if (error.value != null) return error.value;
  const problem = valueProblem(error.message);
  return problem ? error.message.slice(0, -problem.length - 1) : undefined;
}

/** The API's failure of a file refused under "Import nothing" names the mode by its code; say it in the screen's words. */
export function failureSentence(job: Pick<ImportJob, 'failure' | 'onError' | 'dryRun' | 'errorCount'>): string | null {
  if (!job.failure || job.onError !== 'ABORT' || !job.failure.endsWith('(onError: ABORT)')) return job.failure ?? null;
  const problems = `${job.errorCount.toLocaleString()} ${job.errorCount === 1 ? 'problem' : 'problems'}`;
  return `${problems} in the file, and "Import nothing" is chosen: nothing ${job.dryRun ? 'would be' : 'was'} imported. Fix the rows below, or choose "Skip that row, import the others".`;
}
