import type { ImportJob, ImportKind } from './import-kind';
import { ImportRowsTable } from './import-rows-table';
import { errorSentence, spreadsheetRowLabel } from './import-words';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString()} ${n === 1 ? one : many}`;
/** Rows of existing records that already hold the file's values (existing: UPDATE); only said when there are some. */
const unchanged = (job: ImportJob) => (job.unchangedCount > 0 ? ` ${job.unchangedCount.toLocaleString()} unchanged,` : '');

/** The import's row errors, in words, by their spreadsheet row; the code stays in small print for support. */
export function ImportErrors({ job }: { job: ImportJob }) {
  if (job.errors.length === 0) return null;
  return (
    // Focusable: on a narrow screen the table scrolls sideways, and keyboard users must reach it.
    <div className="table-wrap" tabIndex={0} role="group" aria-label="Errors">
      <table className="data-table import-errors-table">
        <caption>
          Errors{job.errorCount > job.errors.length && ` (the first ${job.errors.length} of ${job.errorCount.toLocaleString()})`}
        </caption>
        <thead>
          <tr>
            <th scope="col">Spreadsheet row</th>
            <th scope="col">Column</th>
            <th scope="col">Problem</th>
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
                  (<code title="Error code (for support)">{error.code}</code>)
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
  return (
    <section className="import-preview" aria-labelledby="import-preview-title">
      <h2 id="import-preview-title" tabIndex={-1}>
        Preview
      </h2>
      <p role="status" className={job.errorCount > 0 ? 'alert alert-info' : 'alert alert-success'}>
        {plural(job.totalRows, 'row', 'rows')} read: {job.createdCount.toLocaleString()} to create, {job.updatedCount.toLocaleString()} to
        update,{unchanged(job)} {job.skippedCount.toLocaleString()} to skip, {plural(job.errorCount, 'error', 'errors')}.
        {job.errorCount > 0 &&
          (job.onError === 'ABORT'
            ? ' With "Import nothing", the import will not write anything until the errors are fixed.'
            : ' Rows with errors will be left out.')}
      </p>
      <ImportRowsTable kind={kind} job={job} />
      <ImportErrors job={job} />
    </section>
  );
}

/** A finished (not dry-run) import: the counts and the errors file. */
export function ImportSummary({ kind, job }: { kind: ImportKind; job: ImportJob }) {
  return (
    <section className="import-summary" aria-labelledby="import-summary-title">
      <h2 id="import-summary-title" tabIndex={-1}>
        Import finished
      </h2>
      <p role="status" className={job.errorCount > 0 ? 'alert alert-info' : 'alert alert-success'}>
        {job.createdCount.toLocaleString()} created, {job.updatedCount.toLocaleString()} updated,{unchanged(job)}{' '}
        {job.skippedCount.toLocaleString()} skipped, {job.errorCount.toLocaleString()} failed.
      </p>
      {job.errorCount > 0 && (
        <p>
          <a href={kind.errorsCsvUrl(job.id)} download>
            Download the errors (CSV)
          </a>
        </p>
      )}
      <ImportErrors job={job} />
    </section>
  );
}
