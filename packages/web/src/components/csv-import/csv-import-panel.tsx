import { useEffect, useId, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { FormAlert } from '../form-alert';
import { toDisplayError, withoutPermissionKeys, type DisplayError } from '../../lib/errors';
import { formatNumber } from '../../lib/format';
import type { ImportErrorMode, ImportExistingMode } from '../../gql/graphql';
import type { ImportKind } from './import-kind';
import { ImportErrors, ImportPreview, ImportSummary } from './import-preview';
import { ImportRowsTable } from './import-rows-table';
import { failureSentence } from './import-words';
import { UploadError } from './upload-csv';
import '../../styles/bulk-add.css';

const POLL_MS = 500;

const ON_ERROR_CHOICES: ImportErrorMode[] = ['ABORT', 'SKIP_INVALID_ROWS'];
const EXISTING_CHOICES: ImportExistingMode[] = ['SKIP', 'UPDATE'];

interface Job {
  id: string;
  dryRun: boolean;
}

const oneDecimal = (n: number) => formatNumber(Math.round(n * 10) / 10);
const formatBytes = (n: number) =>
  n < 1024 ? `${formatNumber(n)} B` : n < 1024 * 1024 ? `${oneDecimal(n / 1024)} kB` : `${oneDecimal(n / 1024 / 1024)} MB`;

/** The progress line; no counts until the job has some (no "0 of 0 rows" while it starts). */
function progressText(t: TFunction<'common'>, dryRun: boolean, counts: { total: number; processed: number } | null): string {
  if (!counts) return dryRun ? t('csvImport.reading') : t('csvImport.starting');
  const total = formatNumber(counts.total);
  return dryRun ? t('csvImport.rowsRead', { total }) : t('csvImport.rowsWritten', { processed: formatNumber(counts.processed), total });
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
  const { t } = useTranslation('common');

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
      setError({ code: undefined, message: t('csvImport.chooseFirst'), fields: {} });
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
      <h2>{t('csvImport.title')}</h2>
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
          <label htmlFor={`${ids}-file`}>{t('csvImport.file')}</label>
          <input
            id={`${ids}-file`}
            type="file"
            accept=".csv,text/csv"
            aria-describedby={`${ids}-file-hint`}
            onChange={(event) => choose(event.target.files?.[0] ?? null)}
          />
          <p id={`${ids}-file-hint`} className="field-hint">
            {file ? `${file.name} (${formatBytes(file.size)})` : t('csvImport.fileHint')}
          </p>
        </div>
        <fieldset className="choice-group">
          <legend>{t('csvImport.onErrorLegend')}</legend>
          {ON_ERROR_CHOICES.map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`${ids}-on-error`}
                value={choice}
                checked={onError === choice}
                onChange={() => {
                  setOnError(choice);
                  setJob(null);
                }}
              />{' '}
              {t(`csvImport.onError.${choice}`)}
            </label>
          ))}
        </fieldset>
        <fieldset className="choice-group">
          <legend>{t(`csvImport.existingLegend.${kind.noun}`)}</legend>
          {EXISTING_CHOICES.map((choice) => (
            <label key={choice} className="choice">
              <input
                type="radio"
                name={`${ids}-existing`}
                value={choice}
                checked={existing === choice}
                onChange={() => {
                  setExisting(choice);
                  setJob(null);
                }}
              />{' '}
              {t(`csvImport.existing.${choice}`)}
            </label>
          ))}
        </fieldset>
        <FormAlert error={error ?? (queryError ? toDisplayError(queryError) : null)} />
        <div className="form-actions">
          <button type="submit" className="button button-secondary" disabled={running}>
            {running && job?.dryRun !== false ? t('csvImport.checking') : t('csvImport.preview')}
          </button>
          <button type="button" className="button button-primary" disabled={running || !previewed} onClick={() => void start(false)}>
            {running && job?.dryRun === false ? t('csvImport.importing') : t('import')}
          </button>
          {!previewed && !running && <span className="field-hint">{t('csvImport.previewFirst')}</span>}
        </div>
      </form>

      {job && !finished && (
        <div className="import-progress">
          <label htmlFor={`${ids}-progress`}>{job.dryRun ? t('csvImport.checkingFile') : t('csvImport.importingLabel')}</label>
          <progress id={`${ids}-progress`} max={Math.max(total, 1)} value={job.dryRun ? undefined : processed} />
          <span className="field-hint">{progressText(t, job.dryRun, current && total > 0 ? { total, processed } : null)}</span>
        </div>
      )}
      {current?.status === 'FAILED' && (
        <div role="alert" className="alert alert-error">
          <p>
            <strong>{current.dryRun ? t('csvImport.cannotImport') : t('csvImport.failed')}</strong>
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
