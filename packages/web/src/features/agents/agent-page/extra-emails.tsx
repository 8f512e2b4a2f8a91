import { useId, useState, type KeyboardEvent } from 'react';
import { TextField } from '../../../components/text-field';
import { fieldSentence } from '../../../lib/errors';
import { FIELD_LABELS, itemErrors } from './agent-form';
import { useAgentFormContext } from './use-agent-form';

const ADD_LABEL = 'Add an extra email address';

/**
 * The agent's extra addresses, part of the page's one form: each row removable, one field to add.
 * The API's errors name an item (`input.extraEmails.1`) and show in that row.
 */
export function ExtraEmails({ readOnly }: { readOnly: boolean }) {
  const form = useAgentFormContext();
  const headingId = useId();
  const [address, setAddress] = useState('');
  const [addError, setAddError] = useState<string>();
  const list = form.values.extraEmails;
  const errors = itemErrors(form.errors, 'extraEmails');
  const listError = form.errors['input.extraEmails'];

  function add() {
    const value = address.trim();
    if (!value) return setAddError('is required');
    const lower = value.toLowerCase();
    if (list.some((e) => e.toLowerCase() === lower)) return setAddError('is already listed');
    if (form.values.email.trim().toLowerCase() === lower) return setAddError('is the login email');
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
        {FIELD_LABELS['input.extraEmails']}
      </h2>
      <p className="field-hint">Other addresses of this agent, not used to sign in. No two agents may share an address.</p>
      {listError && <p className="field-error">{fieldSentence(FIELD_LABELS['input.extraEmails'], listError)}</p>}
      {list.length === 0 ? (
        <p className="muted">None.</p>
      ) : (
        <ul className="extra-emails-list" aria-labelledby={headingId}>
          {list.map((email, i) => (
            <li key={email} className="extra-emails-item">
              <span className="extra-emails-address">{email}</span>
              {!readOnly && (
                <button
                  type="button"
                  className="button button-secondary button-small"
                  aria-label={`Remove ${email}`}
                  onClick={() =>
                    form.set(
                      'extraEmails',
                      list.filter((_, j) => j !== i),
                    )
                  }
                >
                  Remove
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
            label={ADD_LABEL}
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
            Add address
          </button>
        </div>
      )}
    </section>
  );
}
