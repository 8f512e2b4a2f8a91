import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { BULK_INVITE_MAX } from '@roster/shared';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { inviteOptionLabels, InviteOptionsFields, useInviteOptions } from '../../invitations/components/invite-options';
import { BULK_INVITE_AGENTS_MUTATION } from './bulk-invite.graphql';
import { InviteResult } from './invite-result';
import { inviteRows, parseEmailList, type InviteRow } from './parse-email-list';

/** Paste a list of addresses; each gets an invitation with the role, groups and teams chosen; the answer is per address. */
export function InviteByEmail() {
  const { t } = useTranslation('agents');
  const { t: ti } = useTranslation('invitations');
  const label = t('bulkAdd.emails');
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const [error, setError] = useState<DisplayError | null>(null);
  const [result, setResult] = useState<{ rows: InviteRow[]; missingSeats: number } | null>(null);
  const [invite, { loading }] = useMutation(BULK_INVITE_AGENTS_MUTATION);
  const resultRef = useRef<HTMLDivElement>(null);
  const { options, setOptions, errors: optionErrors, showErrors } = useInviteOptions('');
  const emails = parseEmailList(text);

  async function send() {
    setError(null);
    showErrors(null);
    setProblem(
      emails.length === 0
        ? t('bulkAdd.needsOne')
        : emails.length > BULK_INVITE_MAX
          ? t('bulkAdd.tooMany', { max: BULK_INVITE_MAX, count: emails.length })
          : undefined,
    );
    if (emails.length === 0 || emails.length > BULK_INVITE_MAX) return;
    try {
      const { data } = await invite({ variables: { emails, ...options } });
      if (!data) return;
      setResult({ rows: inviteRows(emails, data.bulkInviteAgents), missingSeats: data.bulkInviteAgents.missingSeats });
      // The result replaces nothing on screen: move to it so that keyboard and screen reader users find it.
      requestAnimationFrame(() => resultRef.current?.querySelector('h2')?.focus());
    } catch (caught) {
      const shown = toDisplayError(caught);
      showErrors(shown);
      setError(shown);
    }
  }

  return (
    <div className="invite-by-email">
      <form
        className="invite-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void send();
        }}
      >
        <FormField label={label} error={problem} hint={t('bulkAdd.emailsHint')}>
          {(control) => (
            <textarea
              {...control}
              rows={8}
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={t('bulkAdd.emailsPlaceholder')}
            />
          )}
        </FormField>
        <InviteOptionsFields value={options} onChange={setOptions} errors={optionErrors} />
        <FormAlert error={error} labels={{ emails: label, ...inviteOptionLabels(ti) }} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? t('bulkAdd.sending') : emails.length === 0 ? t('bulkAdd.send') : t('bulkAdd.invite', { count: emails.length })}
          </button>
          <span className="field-hint">{t('bulkAdd.seatHint')}</span>
        </div>
      </form>
      <div ref={resultRef}>{result && <InviteResult rows={result.rows} missingSeats={result.missingSeats} />}</div>
    </div>
  );
}
