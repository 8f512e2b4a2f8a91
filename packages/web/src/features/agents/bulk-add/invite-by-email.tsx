import { useRef, useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { BULK_INVITE_MAX } from '@roster/shared';
import { FormAlert } from '../../../components/form-alert';
import { FormField } from '../../../components/form-field';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { INVITE_OPTION_LABELS, InviteOptionsFields, useInviteOptions } from '../../invitations/components/invite-options';
import { BULK_INVITE_AGENTS_MUTATION } from './bulk-invite.graphql';
import { InviteResult } from './invite-result';
import { inviteRows, parseEmailList, type InviteRow } from './parse-email-list';

const LABEL = 'Email addresses';

const LABELS = { emails: LABEL, ...INVITE_OPTION_LABELS };

/** Paste a list of addresses; each gets an invitation with the role, groups and teams chosen; the answer is per address. */
export function InviteByEmail() {
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
        ? 'needs at least one address'
        : emails.length > BULK_INVITE_MAX
          ? `can hold at most ${BULK_INVITE_MAX.toLocaleString()} addresses at once (this list has ${emails.length.toLocaleString()})`
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
        <FormField
          label={LABEL}
          error={problem}
          hint="One per line, or separated by commas, semicolons or spaces. Each address gets an invitation email and joins with the role, groups and teams chosen below."
        >
          {(control) => (
            <textarea
              {...control}
              rows={8}
              spellCheck={false}
              value={text}
              onChange={(event) => setText(event.target.value)}
              placeholder={'ann@example.com\nbo@example.com, cy@example.com'}
            />
          )}
        </FormField>
        <InviteOptionsFields value={options} onChange={setOptions} errors={optionErrors} />
        <FormAlert error={error} labels={LABELS} />
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading
              ? 'Sending…'
              : emails.length === 0
                ? 'Send invitations'
                : emails.length === 1
                  ? 'Invite 1 address'
                  : `Invite ${emails.length.toLocaleString()} addresses`}
          </button>
          <span className="field-hint">Each pending invitation takes a license seat until it is accepted, revoked or expires.</span>
        </div>
      </form>
      <div ref={resultRef}>{result && <InviteResult rows={result.rows} missingSeats={result.missingSeats} />}</div>
    </div>
  );
}
