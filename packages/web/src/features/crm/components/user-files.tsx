import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../../i18n';
import { useMutation, useQuery } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { formatDateTime } from '../../../lib/format';
import { CRM_DELETE_USER_FILE, CRM_USER_FILES_QUERY } from '../crm-merge.graphql';
import { formatBytes, uploadUserFile, userFileUrl } from '../upload-user-file';

const PERCENT: Intl.NumberFormatOptions = { style: 'percent' };

interface Props {
  userId: string;
  /** Upload and delete (people.edit); everyone who sees the record may download. */
  canEdit: boolean;
}

/** The files on a profile: download, upload (picker or drop), delete after a confirmation. */
export function UserFiles({ userId, canEdit }: Props) {
  const { t } = useTranslation('crm');
  const { data, error, refetch } = useQuery(CRM_USER_FILES_QUERY, { variables: { id: userId } });
  const [deleteFile] = useMutation(CRM_DELETE_USER_FILE, { refetchQueries: ['CrmUserActivity', 'CrmUserChangeLog'] });
  const [progress, setProgress] = useState<number | null>(null);
  const [uploadError, setUploadError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const files = data?.user?.files ?? [];

  async function upload(list: FileList | null) {
    const file = list?.[0];
    if (!file || progress !== null) return;
    setUploadError(null);
    setProgress(0);
    try {
      await uploadUserFile(userId, file, setProgress);
      await refetch();
    } catch (caught) {
      setUploadError(caught instanceof Error ? caught.message : String(caught));
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  function drop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    if (canEdit) void upload(event.dataTransfer.files);
  }

  return (
    <section
      className="crm-section crm-files"
      aria-labelledby="crm-files-heading"
      data-dragging={dragging || undefined}
      onDragOver={(event) => {
        if (!canEdit) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={(event) => {
        // Leaving for a child of the section is not leaving the drop area.
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={drop}
    >
      <h3 id="crm-files-heading">{t('files.heading')}</h3>
      {error && <p className="alert alert-error">{t('files.loadFailed')}</p>}
      {data &&
        (files.length === 0 ? (
          <p className="empty-state">{t('files.none')}</p>
        ) : (
          <ul className="crm-files-list">
            {files.map((f) => (
              <li key={f.id}>
                <span className="crm-candidate-text">
                  <a href={userFileUrl(userId, f.id)} download={f.fileName} className="crm-file-name">
                    {f.fileName}
                  </a>
                  <span className="crm-file-meta">
                    {formatBytes(f.size)} · {f.uploadedByName} · {formatDateTime(f.createdAt)}
                  </span>
                </span>
                {canEdit && (
                  <ConfirmDialog
                    trigger={
                      <button type="button" className="button button-secondary button-small">
                        {t('files.delete')} <span className="visually-hidden">{f.fileName}</span>
                      </button>
                    }
                    title={t('files.deleteTitle', { name: f.fileName })}
                    confirmLabel={t('files.deleteConfirm')}
                    danger
                    onConfirm={() => deleteFile({ variables: { userId, fileId: f.id } })}
                  >
                    <p>{t('files.deleteText')}</p>
                  </ConfirmDialog>
                )}
              </li>
            ))}
          </ul>
        ))}
      {canEdit && (
        <div className="upload-row">
          <input
            id="crm-file-input"
            ref={input}
            type="file"
            className="visually-hidden"
            disabled={progress !== null}
            onChange={(event) => void upload(event.target.files)}
          />
          {/* After the input, so that its focus ring can show on the label (identity.css). */}
          <label htmlFor="crm-file-input" className="button button-secondary">
            {t('files.upload')}
          </label>
          <span className="field-hint">{t('files.drop')}</span>
          {progress !== null && (
            <span role="status" className="crm-file-progress">
              {t('files.uploading')} <progress max={1} value={progress} aria-label={t('files.progress')} />{' '}
              {new Intl.NumberFormat(currentLocale(), PERCENT).format(progress)}
            </span>
          )}
        </div>
      )}
      {uploadError && (
        <p role="alert" className="alert alert-error">
          {uploadError}
        </p>
      )}
    </section>
  );
}
