import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { Dialog } from 'radix-ui';
import { Link } from 'react-router';
import { QueryState } from '../../../components/query-state';
import { formatDateTime } from '../../../lib/format';
import { CRM_USER_QUERY } from '../crm.graphql';

interface Props {
  userId: string;
  /** The trigger's text (usually the user's name). */
  label: string;
  /** The trigger's accessible name when the visible label is not enough (e.g. "View Bob Smith"). */
  triggerName?: string;
}

/**
 * A user referenced from elsewhere (a duplicate, a merge candidate, an activity entry) opens as a
 * pop-up over the current record; "Open in the CRM pane" expands it to /crm/users/:id. Radix's
 * Dialog traps focus, closes on Escape and returns focus to the trigger.
 */
export function UserRecordPopup({ userId, label, triggerName }: Props) {
  const { t } = useTranslation('crm');
  const [open, setOpen] = useState(false);
  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <button type="button" className="button button-subtle button-inline" aria-label={triggerName}>
          {label}
        </button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide crm-popup" aria-describedby={undefined}>
          {open && <PopupBody userId={userId} label={label} onExpand={() => setOpen(false)} />}
          <div className="dialog-actions">
            <Dialog.Close asChild>
              <button type="button" className="button button-secondary">
                {t('close')}
              </button>
            </Dialog.Close>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function PopupBody({ userId, label, onExpand }: { userId: string; label: string; onExpand: () => void }) {
  const { t } = useTranslation('crm');
  const { data, loading, error, refetch } = useQuery(CRM_USER_QUERY, { variables: { id: userId } });
  const user = data?.user;
  return (
    <>
      <Dialog.Title className="dialog-title">{user?.name ?? label}</Dialog.Title>
      {!user ? (
        data && data.user === null ? (
          <p className="empty-state">{t('popup.gone')}</p>
        ) : (
          <QueryState loading={loading} error={error} hasData={false} what={t('popup.what')} onRetry={() => void refetch()} />
        )
      ) : (
        <div className="crm-popup-body">
          <Link className="button button-primary crm-popup-expand" to={`/crm/users/${user.id}`} onClick={onExpand}>
            {t('popup.expand')}
          </Link>
          <dl className="crm-popup-facts">
            <dt>{t('emails.heading')}</dt>
            <dd>
              <ul className="crm-popup-list">
                {user.emails.map((e) => (
                  <li key={e.address}>
                    {e.address}
                    {e.isPrimary && <span className="badge">{t('emails.primary')}</span>}
                  </li>
                ))}
              </ul>
            </dd>
            <dt>{t('filters.organization')}</dt>
            <dd>{user.organization?.name ?? t('popup.none')}</dd>
            <dt>{t('summary.heading')}</dt>
            <dd className="crm-summary">{user.summary || t('popup.none')}</dd>
          </dl>
          <h3 className="crm-popup-heading">{t('notes.heading')}</h3>
          {user.notes.length === 0 ? (
            <p className="empty-state">{t('popup.noNotes')}</p>
          ) : (
            <ul className="crm-notes">
              {user.notes.slice(0, 5).map((n) => (
                <li key={n.id}>
                  <p className="crm-note-text">{n.text}</p>
                  <p className="crm-note-meta">
                    {n.authorName} · {formatDateTime(n.createdAt)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </>
  );
}
