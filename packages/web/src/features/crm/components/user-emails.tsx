import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { CopyButton } from '../../../components/copy-button';
import { toDisplayError } from '../../../lib/errors';
import { CRM_ADD_EMAIL, CRM_REMOVE_EMAIL, CRM_SET_PRIMARY_EMAIL } from '../crm.graphql';
import { mergeSuggestion, type MergeCandidate } from '../merge-words';
import { UserRecordPopup } from './user-record-popup';
import type { CrmUserFieldsFragment } from '../../../gql/graphql';

interface Props {
  user: Pick<CrmUserFieldsFragment, 'id' | 'emails'>;
  canEdit: boolean;
  /** Offered when the address belongs to another user (people.merge): opens the merge dialog with that user. */
  onMerge?: (candidate: MergeCandidate) => void;
}

/**
 * The user's addresses, the primary one tagged; make another primary, remove one, add one. A refused
 * address (e.g. another user's) stays in the box with the server's reason next to it.
 */
export function UserEmails({ user, canEdit, onMerge }: Props) {
  const { t } = useTranslation('crm');
  const [address, setAddress] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [owner, setOwner] = useState<MergeCandidate | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [addEmail, adding] = useMutation(CRM_ADD_EMAIL);
  const [removeEmail] = useMutation(CRM_REMOVE_EMAIL);
  const [setPrimary] = useMutation(CRM_SET_PRIMARY_EMAIL);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldError(null);
    setOwner(null);
    if (!address.trim()) {
      setFieldError(t('emails.required'));
      return;
    }
    try {
      await addEmail({ variables: { userId: user.id, email: address.trim() } });
      setAddress('');
    } catch (error) {
      const shown = toDisplayError(error);
      setFieldError(shown.fields.email ? t('emails.fieldError', { message: shown.fields.email }) : shown.message);
      setOwner(mergeSuggestion(t, error));
    }
  }

  async function act(run: () => Promise<unknown>) {
    setActionError(null);
    try {
      await run();
    } catch (error) {
      setActionError(toDisplayError(error).message);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-emails-heading">
      <h3 id="crm-emails-heading">{t('emails.heading')}</h3>
      {actionError && (
        <p role="alert" className="alert alert-error">
          {actionError}
        </p>
      )}
      <ul className="crm-emails">
        {user.emails.map((email) => (
          <li key={email.address}>
            <span className="crm-email-address">{email.address}</span>
            {email.isPrimary && <span className="badge">{t('emails.primary')}</span>}
            <CopyButton text={email.address} label={t('contact.copy')} what={email.address} small />
            {canEdit && !email.isPrimary && (
              <span className="crm-email-actions">
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => void act(() => setPrimary({ variables: { userId: user.id, email: email.address } }))}
                >
                  {t('emails.makePrimary')} <span className="visually-hidden">({email.address})</span>
                </button>
                <button
                  type="button"
                  className="button button-secondary button-small"
                  onClick={() => void act(() => removeEmail({ variables: { userId: user.id, email: email.address } }))}
                >
                  {t('emails.remove')} <span className="visually-hidden">{email.address}</span>
                </button>
              </span>
            )}
          </li>
        ))}
      </ul>
      {canEdit && (
        <form className="crm-inline-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="field">
            <label htmlFor="crm-add-email">{t('emails.add')}</label>
            <input
              id="crm-add-email"
              type="email"
              value={address}
              aria-invalid={fieldError ? true : undefined}
              aria-describedby={fieldError ? 'crm-add-email-error' : undefined}
              onChange={(event) => setAddress(event.target.value)}
            />
            {fieldError && (
              <p id="crm-add-email-error" className="field-error">
                {fieldError}
              </p>
            )}
          </div>
          <button type="submit" className="button button-secondary" disabled={adding.loading}>
            {adding.loading ? t('emails.adding') : t('emails.addButton')}
          </button>
        </form>
      )}
      {canEdit && owner && (
        <p className="crm-email-merge">
          <UserRecordPopup userId={owner.id} label={t('emails.view', { name: owner.name })} />
          {onMerge && (
            <button type="button" className="button button-secondary button-small" onClick={() => onMerge(owner)}>
              {t('emails.mergeOwner', { name: owner.name })}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
