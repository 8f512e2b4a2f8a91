import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Avatar } from '../../../components/avatar';
import { AVATAR_ACCEPT, MAX_AVATAR_BYTES, useAgentAvatar } from './use-agent-avatar';

interface FieldProps {
  /** Who the image shows: the initials and their colour when there is no image. */
  person: { id: string; name?: string | null; email?: string | null };
  src: string | null;
  canEdit: boolean;
  busy?: 'upload' | 'delete' | null;
  error?: string | null;
  onPick(file: File): void;
  onDelete(): void;
}

/** "Profile image: [image] Upload image / Delete", as the agent forms show it. */
export function ProfileImageField({ person, src, canEdit, busy = null, error = null, onPick, onDelete }: FieldProps) {
  const { t } = useTranslation('agents');
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="profile-image-field" role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-hint`}>
      <span id={`${id}-label`} className="field-label">
        {t('image.label')}
      </span>
      <div className="upload-row">
        <Avatar id={person.id} name={person.name} email={person.email} size="lg" src={src} />
        {canEdit && (
          <>
            <input
              id={`${id}-file`}
              ref={input}
              type="file"
              accept={AVATAR_ACCEPT}
              className="visually-hidden"
              disabled={busy !== null}
              onChange={(event) => {
                const file = event.target.files?.[0];
                if (file) onPick(file);
                // The same file again is a new choice.
                event.target.value = '';
              }}
            />
            {/* After the input, so that its focus ring can show on the label. */}
            <label htmlFor={`${id}-file`} className="button button-secondary button-small" aria-disabled={busy !== null || undefined}>
              {t('image.upload')}
            </label>
            {src && (
              <button type="button" className="button button-secondary button-small" disabled={busy !== null} onClick={onDelete}>
                {t('image.delete')}
                <span className="visually-hidden">{t('image.deleteHidden')}</span>
              </button>
            )}
          </>
        )}
        {busy && (
          <span role="status" className="muted">
            {busy === 'upload' ? t('image.uploading') : t('image.deleting')}
          </span>
        )}
      </div>
      <span id={`${id}-hint`} className="field-hint">
        {src ? t('image.shown') : t('image.none')}
        {canEdit && t('image.formats')}
      </span>
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
    </div>
  );
}

/** The image of an existing agent, uploaded and deleted at once (not with the form's Save). */
export function AgentAvatarEditor({
  agent,
  canEdit,
}: {
  agent: { id: string; name: string; email: string; avatarUrl?: string | null };
  canEdit: boolean;
}) {
  const avatar = useAgentAvatar(agent.id);
  return (
    <ProfileImageField
      person={agent}
      src={agent.avatarUrl ?? null}
      canEdit={canEdit}
      busy={avatar.busy}
      error={avatar.error}
      onPick={(file) => void avatar.upload(file)}
      onDelete={() => void avatar.remove()}
    />
  );
}

/**
 * The image of an agent not created yet: chosen and previewed here, uploaded once the agent
 * exists (uploadAgentAvatar after createAgent).
 */
export function PendingAvatarField({
  person,
  file,
  onChange,
}: {
  person: { name?: string | null; email?: string | null };
  file: File | null;
  onChange(file: File | null): void;
}) {
  const { t } = useTranslation('agents');
  const preview = useMemo(() => (file ? URL.createObjectURL(file) : null), [file]);
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  const [error, setError] = useState<string | null>(null);
  return (
    <ProfileImageField
      person={{ id: person.email || 'new-agent', ...person }}
      src={preview}
      canEdit
      error={error}
      onPick={(picked) => {
        const tooBig = picked.size > MAX_AVATAR_BYTES;
        setError(tooBig ? t('image.tooBig') : null);
        if (!tooBig) onChange(picked);
      }}
      onDelete={() => onChange(null)}
    />
  );
}
