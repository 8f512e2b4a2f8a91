import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../../components/text-field';
import { fieldSentence } from '../../../lib/errors';
import { itemErrors } from './agent-form';
import { useAgentFormContext } from './use-agent-form';

/**
 * The agent's extra addresses, part of the page's one form: each row removable, one field to add.
 * The API's errors name an item (`input.extraEmails.1`) and show in that row.
 */
export function ExtraEmails({ readOnly }: { readOnly: boolean }) {
  const { t } = useTranslation('agents');
  const title = t('fields.extraEmails');
  const form = useAgentFormContext();
  const headingId = useId();
  const [address, setAddress] = useState('');
  const [addError, setAddError] = useState<string>();
  const list = form.values.extraEmails;
  const errors = itemErrors(form.errors, 'extraEmails');
  const listError = form.errors['input.extraEmails'];

  function add() {
    const value = address.trim();
    if (!value) return setAddError(t('profile.required'));
    const lower = value.toLowerCase();
    if (list.some((e) => e.toLowerCase() === lower)) return setAddError(t('profile.alreadyListed'));
    if (form.values.email.trim().toLowerCase() === lower) return setAddError(t('profile.isLogin'));
    form.set('extraEmails', [...list, value]);
    setAddress('');
    setAddError(undefined);
  }

  // Enter adds the address instead of saving the whole form.
  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }

  return (
    <section className="extra-emails" aria-labelledby={headingId}>
      <h2 id={headingId} className="extra-emails-title">
        {title}
      </h2>
      <p className="field-hint">{t('profile.extraHint')}</p>
      {listError && <p className="field-error">{fieldSentence(title, listError)}</p>}
      {list.length === 0 ? (
        <p className="muted">{t('profile.none')}</p>
      ) : (
        <ul className="extra-emails-list" aria-labelledby={headingId}>
          {list.map((email, i) => (
            <li key={email} className="extra-emails-item">
              <span className="extra-emails-address">{email}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={t('profile.removeOne', { email })}
                  onClick={() =>
                    form.set(
                      'extraEmails',
                      list.filter((_, j) => j !== i),
                    )
                  }
                >
                  {t('profile.remove')}
                </button>
              )}
              {errors[i] && <p className="field-error">{fieldSentence(email, errors[i])}</p>}
            </li>
          ))}
        </ul>
      )}
      {!readOnly && (
        <div className="extra-emails-add">
          <TextField
            label={t('profile.addLabel')}
            type="email"
            autoComplete="off"
            value={address}
            onChange={(value) => {
              setAddress(value);
              setAddError(undefined);
            }}
            onKeyDown={onKeyDown}
            error={addError}
          />
          <button type="button" className="button button-secondary" onClick={add}>
            {t('profile.addButton')}
          </button>
        </div>
      )}
    </section>
  );
}
