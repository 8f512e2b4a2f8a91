import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../lib/format';
import type { ImportJob, ImportKind } from './import-kind';
import { ImportRowsTable } from './import-rows-table';
import { errorSentence, spreadsheetRowLabel } from './import-words';

type T = TFunction<'common'>;
const n = (count: number) => ({ count, n: formatNumber(count) });
/** Rows of existing records that already hold the file's values (existing: UPDATE); only said when there are some. */
const unchanged = (t: T, job: ImportJob) => (job.unchangedCount > 0 ? [t('csvImport.counts.unchanged', n(job.unchangedCount))] : []);

/** "3 rows read: 1 to create, 0 to update, 1 to skip, 1 error." */
function previewCounts(t: T, job: ImportJob): string {
  const parts = [
    t('csvImport.counts.toCreate', n(job.createdCount)),
    t('csvImport.counts.toUpdate', n(job.updatedCount)),
    ...unchanged(t, job),
    t('csvImport.counts.toSkip', n(job.skippedCount)),
    t('csvImport.counts.errors', n(job.errorCount)),
  ];
  return t('csvImport.counts.read', { rows: t('csvImport.counts.rows', n(job.totalRows)), parts: parts.join(', ') });
}

/** "1 created, 0 updated, 1 skipped, 1 failed." */
function summaryCounts(t: T, job: ImportJob): string {
  const parts = [
    t('csvImport.counts.created', n(job.createdCount)),
    t('csvImport.counts.updated', n(job.updatedCount)),
    ...unchanged(t, job),
    t('csvImport.counts.skipped', n(job.skippedCount)),
    t('csvImport.counts.failed', n(job.errorCount)),
  ];
  return t('csvImport.counts.summary', { parts: parts.join(', ') });
}

/** The import's row errors, in words, by their spreadsheet row; the code stays in small print for support. */
export function ImportErrors({ job }: { job: ImportJob }) {
  const { t } = useTranslation('common');
  if (job.errors.length === 0) return null;
  return (
    // Focusable: on a narrow screen the table scrolls sideways, and keyboard users must reach it.
    <div className="table-wrap" tabIndex={0} role="group" aria-label={t('csvImport.errorsLabel')}>
      <table className="data-table import-errors-table">
        <caption>
          {t('csvImport.errorsLabel')}
          {job.errorCount > job.errors.length &&
            ` ${t('csvImport.errorsFirst', { shown: formatNumber(job.errors.length), total: formatNumber(job.errorCount) })}`}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('csvImport.spreadsheetRow')}</th>
            <th scope="col">{t('csvImport.column')}</th>
            <th scope="col">{t('csvImport.problem')}</th>
          </tr>
        </thead>
        <tbody>
          {job.errors.map((error, index) => (
            <tr key={index}>
              <td>{spreadsheetRowLabel(error.row)}</td>
              <td>{error.column || <span className="cell-none">—</span>}</td>
              <td>
                {errorSentence(error)}{' '}
                <small className="muted">
                  (<code title={t('csvImport.errorCode')}>{error.code}</code>)
                </small>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A dry run's result: the counts, what each row would do, and the errors. */
export function ImportPreview({ kind, job }: { kind: ImportKind; job: ImportJob }) {
  const { t } = useTranslation('common');
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1}>
        {t('csvImport.preview')}
      </h2>
      <p role="status" className={job.errorCount > 0 ? 'alert alert-info' : 'alert alert-success'}>
        {previewCounts(t, job)}
        {job.errorCount > 0 && ` ${job.onError === 'ABORT' ? t('csvImport.abortNote') : t('csvImport.skipNote')}`}
      </p>
      <ImportRowsTable kind={kind} job={job} />
      <ImportErrors job={job} />
    </section>
  );
}

/** A finished (not dry-run) import: the counts and the errors file. */
export function ImportSummary({ kind, job }: { kind: ImportKind; job: ImportJob }) {
  const { t } = useTranslation('common');
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h2 id="import-summary-title" tabIndex={-1}>
        {t('csvImport.finished')}
      </h2>
      <p role="status" className={job.errorCount > 0 ? 'alert alert-info' : 'alert alert-success'}>
        {summaryCounts(t, job)}
      </p>
      {job.errorCount > 0 && (
        <p>
          <a href={kind.errorsCsvUrl(job.id)} download>
            {t('csvImport.downloadErrors')}
          </a>
        </p>
      )}
      <ImportErrors job={job} />
    </section>
  );
}
