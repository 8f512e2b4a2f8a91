import { useEffect, useId, useState, type DragEvent, type ReactNode } from 'react';
import { FormAlert } from '../form-alert';
import { toDisplayError, withoutPermissionKeys, type DisplayError } from '../../lib/errors';
import type { ImportErrorMode, ImportExistingMode } from '../../gql/graphql';
import type { ImportKind } from './import-kind';
import { ImportErrors, ImportPreview, ImportSummary } from './import-preview';
import { ImportRowsTable } from './import-rows-table';
import { failureSentence } from './import-words';
import { UploadError } from './upload-csv';
import '../../styles/bulk-add.css';

const POLL_MS = 500;

const ON_ERROR_CHOICES: { value: ImportErrorMode; label: string }[] = [
  { value: 'ABORT', label: 'Import nothing' },
  { value: 'SKIP_INVALID_ROWS', label: 'Skip that row, import the others' },
];
const EXISTING_CHOICES: { value: ImportExistingMode; label: string }[] = [
  { value: 'SKIP', label: 'Leave them as they are' },
  { value: 'UPDATE', label: 'Update them from the file' },
];

interface Job {
  id: string;
  dryRun: boolean;
}

const formatBytes = (n: number) =>
  n < 1024 ? `${n} B` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} kB` : `${(n / 1024 / 1024).toFixed(1)} MB`;

/** The progress line; no counts until the job has some (no "0 of 0 rows" while it starts). */
function progressText(dryRun: boolean, counts: { total: number; processed: number } | null): string {
  if (!counts) return dryRun ? 'Reading the file…' : 'Starting the import…';
  const { total, processed } = counts;
  return dryRun ? `${total.toLocaleString()} rows read` : `${processed.toLocaleString()} of ${total.toLocaleString()} rows written`;
}

/**
 * Upload a CSV file of `kind` (agents, users): a dry-run preview of every row first, then the
 * import with its progress and summary. `intro` says what the file holds.
 */
export function CsvImportPanel({ kind, intro }: { kind: ImportKind; intro: ReactNode }) {
  const [file, setFile] = useState<File | null>(null);
  const [onError, setOnError] = useState<ImportErrorMode>('ABORT');
  const [existing, setExisting] = useState<ImportExistingMode>('SKIP');
  const [job, setJob] = useState<Job | null>(null);
  const [uploading, setUploading] = useState(false);
  const [error, setError] = useState<DisplayError | null>(null);
  const [dragging, setDragging] = useState(false);
  const ids = useId();

  const { job: loaded, error: queryError, stopPolling } = kind.useJob(job?.id ?? null, POLL_MS);
  const current = job && loaded?.id === job.id ? loaded : null;
  const finished = current?.status === 'COMPLETED' || current?.status === 'FAILED';
  useEffect(() => {
    if (finished) stopPolling();
  }, [finished, stopPolling]);

  function choose(next: File | null) {
    setFile(next);
    setJob(null);
    setError(null);
  }

  async function start(dryRun: boolean) {
    if (!file) {
      setError({ code: undefined, message: 'Choose a CSV file first.', fields: {} });
      return;
    }
    setError(null);
    setUploading(true);
    try {
      const { id } = await kind.upload(file, { dryRun, onError, existing });
      setJob({ id, dryRun });
    } catch (caught) {
      setError(
        caught instanceof UploadError
          ? { code: caught.code, message: withoutPermissionKeys(caught.message), fields: {} }
          : toDisplayError(caught),
      );
    } finally {
      setUploading(false);
    }
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    const dropped = event.dataTransfer.files[0];
    if (dropped) choose(dropped);
  }

  const running = uploading || (job !== null && !finished);
  const previewed = job?.dryRun === true && current?.status === 'COMPLETED';
  const total = current?.totalRows ?? 0;
  const processed = current?.processedRows ?? 0;

  return (
    <div className="csv-import">
      <h2>Upload a CSV file</h2>
      {intro}
      <form
        className="csv-import-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void start(true);
        }}
      >
        <div
          className={dragging ? 'drop-zone drop-zone-active' : 'drop-zone'}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
        >
          <label htmlFor={`${ids}-file`}>CSV file</label>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${ids}-file-hint`}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          <p id={`${ids}-file-hint`} className="field-hint">
            {file ? `${file.name} (${formatBytes(file.size)})` : 'Or drop the file here. Up to 50 MB.'}
          </p>
        </div>
        <fieldset className="choice-group">
          <legend>If a row has an error</legend>
          {ON_ERROR_CHOICES.map((choice) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name={`${ids}-on-error`}
                value={choice.value}
                checked={onError === choice.value}
                onChange={() => {
                  setOnError(choice.value);
                  setJob(null);
                }}
              />{' '}
              {choice.label}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group">
          <legend>Existing {kind.noun}</legend>
          {EXISTING_CHOICES.map((choice) => (
            <label key={choice.value} className="choice">
              <input
                type="radio"
                name={`${ids}-existing`}
                value={choice.value}
                checked={existing === choice.value}
                onChange={() => {
                  setExisting(choice.value);
                  setJob(null);
                }}
              />{' '}
              {choice.label}
            </label>
          ))}
        </fieldset>
        <FormAlert error={error ?? (queryError ? toDisplayError(queryError) : null)} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={running}>
            {running && job?.dryRun !== false ? 'Checking…' : 'Preview'}
          </button>
          <button type="button" className="button button-primary" disabled={running || !previewed} onClick={() => void start(false)}>
            {running && job?.dryRun === false ? 'Importing…' : 'Import'}
          </button>
          {!previewed && !running && <span className="field-hint">Preview the file first.</span>}
        </div>
      </form>

      {job && !finished && (
        <div className="import-progress">
          <label htmlFor={`${ids}-progress`}>{job.dryRun ? 'Checking the file' : 'Importing'}</label>
          <progress id={`${ids}-progress`} max={Math.max(total, 1)} value={job.dryRun ? undefined : processed} />
          <span className="field-hint">{progressText(job.dryRun, current && total > 0 ? { total, processed } : null)}</span>
        </div>
      )}
      {current?.status === 'FAILED' && (
        <div role="alert" className="alert alert-error">
          <p>
            <strong>{current.dryRun ? 'The file cannot be imported.' : 'The import failed; nothing was written.'}</strong>
          </p>
          {current.failure && <p className="alert-hint">{failureSentence(current)}</p>}
          <ImportErrors job={current} />
        </div>
      )}
      {/* A refused dry run ("Import nothing" with errors) still shows what every row would do. */}
      {current?.status === 'FAILED' && current.dryRun && current.rows.totalCount > 0 && <ImportRowsTable kind={kind} job={current} />}
      {current?.status === 'COMPLETED' &&
        (current.dryRun ? <ImportPreview kind={kind} job={current} /> : <ImportSummary kind={kind} job={current} />)}
    </div>
  );
}
