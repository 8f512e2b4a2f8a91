import { withoutPermissionKeys } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import { i18n } from '../../i18n';
import { common } from '../../i18n/locales/en/common';
import { EMAIL_PROBLEMS } from '@roster/shared';
import type { ImportJob } from './import-kind';

// The import screens' words for what the API says in codes and data-row numbers.

type RowError = ImportJob['errors'][number];

/** The API counts data rows (1 = the first after the header; 0 = the header or the file); a spreadsheet shows the header as row 1. */
export const spreadsheetRow = (apiRow: number) => apiRow + 1;

/** "2", or "1 (header)" for the header and the file as a whole. */
export const spreadsheetRowLabel = (apiRow: number) =>
  apiRow === 0 ? i18n.t('common:csvImport.header', { row: formatNumber(1) }) : formatNumber(spreadsheetRow(apiRow));

/** Each row error code as a sentence (common:csvImport.codes); the API's message follows with the particulars (the cell, the name not found). */
type SentenceCode = keyof typeof common.csvImport.codes;
const isSentenceCode = (code: string): code is SentenceCode => Object.hasOwn(common.csvImport.codes, code);

/** The problem a message that quotes the cell first ends with ("bob@@x is not a valid email address"), if a known one. */
const valueProblem = (message: string): string | undefined => Object.values(EMAIL_PROBLEMS).find((p) => message.endsWith(` ${p}`));

/**
 * The error in words: the code's sentence, then the API's particulars; an unknown code keeps the API's
 * message. An error that carries its cell (an invalid email) quotes it as text, whatever it holds:
 * `Row 7 (spreadsheet row 8): email "bob@@example" is not a valid email address`.
 */
export function errorSentence(error: Pick<RowError, 'code' | 'message' | 'row' | 'column' | 'value'>): string {
  if (error.value != null && error.row > 0) {
    // The column is the file's (English, CONTRACT) header; the problem is the API's words.
    const what = error.column?.toLowerCase() ?? i18n.t('common:csvImport.cell');
    return i18n.t('common:csvImport.cellError', {
      row: formatNumber(error.row),
      sheetRow: formatNumber(spreadsheetRow(error.row)),
      what,
      value: error.value,
      problem: valueProblem(error.message) ?? EMAIL_PROBLEMS.invalid,
    });
  }
  // The API's message repeats the sentence and counts data rows ("Row 3 is …"): the sentence stands alone.
  if (error.code === 'ROW_TOO_LONG') return i18n.t('common:csvImport.rowTooLong');
  // A row refused for a missing permission names its key for integrators: people read the words.
  const message = withoutPermissionKeys(error.message);
  return isSentenceCode(error.code)
    ? i18n.t('common:csvImport.withMessage', { sentence: i18n.t(`common:csvImport.codes.${error.code}`), message })
    : message;
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
  return i18n.t('common:csvImport.abortFailure', {
    count: job.errorCount,
    n: formatNumber(job.errorCount),
    verb: job.dryRun ? i18n.t('common:csvImport.wouldBe') : i18n.t('common:csvImport.was'),
  });
}
