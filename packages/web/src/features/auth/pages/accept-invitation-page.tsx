import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { skipToken, useMutation, useQuery } from '@apollo/client/react';
import type { InvitationPreviewStatus } from '../../../gql/graphql';
import { ACCEPT_INVITATION_MUTATION, INVITATION_PREVIEW_QUERY, VIEWER_QUERY } from '../auth.graphql';
import { InputField } from '../../../components/input-field';
import { formatDateTime } from '../../../lib/format';
import { useDocumentTitle } from '../../../lib/use-document-title';
import { AuthCard } from '../components/auth-card';
import { InvalidLinkCard } from '../components/invalid-link-card';
import { PasswordForm, type PasswordFormValues } from '../components/password-form';
import { useStartSession } from '../use-start-session';
import { SsoSignInOptions } from '../../sso/components/sso-sign-in-options';

const LABELS = { name: 'Name' };

const ASK_AGAIN = 'Ask your admin for a new one.';

/** What a link that cannot be accepted says, by the preview's status. */
const UNUSABLE: Record<Exclude<InvitationPreviewStatus, 'VALID'>, { title: string; message: string; hint: string }> = {
  EXPIRED: { title: 'Invitation expired', message: 'This invitation has expired.', hint: ASK_AGAIN },
  USED: {
    title: 'Invitation already used',
    message: 'This invitation was already used.',
    hint: `If you accepted it, sign in. ${ASK_AGAIN}`,
  },
  REVOKED: { title: 'Invitation revoked', message: 'This invitation was revoked.', hint: ASK_AGAIN },
  NOT_FOUND: {
    title: 'Invitation link not valid',
    message: 'This invitation link is invalid, has already been used, was replaced by a newer invitation, or has expired.',
    hint: 'Ask the person who invited you to send a new invitation. If you have already accepted it, sign in.',
  },
};

/** Shown for a link without a token, one the preview says cannot be used, and when the API rejects the token. */
function InvalidInvitation({ status = 'NOT_FOUND' }: { status?: Exclude<InvitationPreviewStatus, 'VALID'> }) {
  return <InvalidLinkCard {...UNUSABLE[status]} />;
}

/**
 * Public page the invitation email links to: the invited person picks a name and a password,
 * and the API creates their agent and signs them in (session cookie) in one call.
 */
export function AcceptInvitationPage() {
  useDocumentTitle('Accept invitation');
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const startSession = useStartSession();
  const [accept, { loading }] = useMutation(ACCEPT_INVITATION_MUTATION);
  const [accepted, setAccepted] = useState(false);
  // Someone may open the link in a browser where another agent is signed in: say so.
  // Signed-out visitors get UNAUTHENTICATED here, which simply means no note.
  const { data: signedIn } = useQuery(VIEWER_QUERY, token && !accepted ? {} : skipToken);
  // Checked on load; an error here (a network failure, too many attempts) still offers the form.
  const preview = useQuery(INVITATION_PREVIEW_QUERY, token ? { variables: { token }, fetchPolicy: 'network-only' } : skipToken);
  const [tokenRejected, setTokenRejected] = useState(false);

  if (!token || tokenRejected) return <InvalidInvitation />;
  if (preview.loading) {
    return (
      <AuthCard title="Accept your invitation">
        <p role="status">Checking your invitation…</p>
      </AuthCard>
    );
  }
  const invitation = preview.data?.invitationPreview;
  if (invitation && invitation.status !== 'VALID') return <InvalidInvitation status={invitation.status} />;

  async function submit({ name, password }: PasswordFormValues) {
    const { data } = await accept({ variables: { token, name: name?.trim() || null, password } });
    if (!data) throw new Error('The server sent no data for acceptInvitation');
    setAccepted(true);
    await startSession(`Welcome to Roster, ${data.acceptInvitation.agent.name}. Your account is ready.`);
  }

  return (
    <AuthCard
      title="Accept your invitation"
      intro={invitation?.inviterName && invitation.helpdeskName && `${invitation.inviterName} invited you to ${invitation.helpdeskName}.`}
    >
      {invitation?.email && (
        <dl className="invitation-summary">
          <dt>Email</dt>
          <dd>{invitation.email}</dd>
          <dt>Helpdesk</dt>
          <dd>{invitation.helpdeskName}</dd>
          {invitation.expiresAt && (
            <>
              <dt>Link valid until</dt>
              <dd>{formatDateTime(invitation.expiresAt)}</dd>
            </>
          )}
        </dl>
      )}
      {signedIn && (
        <p className="alert alert-info" role="note">
          You are signed in as {signedIn.viewer.name} ({signedIn.viewer.email}). Accepting this invitation signs you in with the new account
          instead.
        </p>
      )}
      {invitation?.ssoRequired ? (
        // No password can be chosen: the first sign-in with the provider accepts the invitation.
        <>
          <p className="alert alert-info" role="note">
            Your helpdesk signs agents in with single sign-on. Sign in with your organization&apos;s account below to accept this
            invitation; no Roster password is needed.
          </p>
          <SsoSignInOptions />
        </>
      ) : (
        <AcceptWithPassword busy={loading || accepted} onSubmit={submit} onTokenRejected={() => setTokenRejected(true)} />
      )}
      <p className="auth-footer">
        Already have an account? <Link to="/sign-in">Sign in</Link>
      </p>
    </AuthCard>
  );
}

/** The name and password form of an invitation (when passwords are on). */
function AcceptWithPassword({
  busy,
  onSubmit,
  onTokenRejected,
}: {
  busy: boolean;
  onSubmit: (values: PasswordFormValues) => Promise<void>;
  onTokenRejected: () => void;
}) {
  return (
    <PasswordForm
      labels={LABELS}
      submitLabel="Accept invitation"
      busyLabel="Creating your account…"
      busy={busy}
      onSubmit={onSubmit}
      onError={(error) => {
        // The API refused the link's token: the page says the link is not valid.
        if (!error.fields.token) return false;
        onTokenRejected();
        return true;
      }}
    >
      {({ register, errors }) => (
        <InputField
          label={LABELS.name}
          autoComplete="name"
          maxLength={200}
          placeholder="Optional: as in your invitation"
          hint="Leave empty to use the name in your invitation."
          error={errors?.name}
          {...register('name')}
        />
      )}
    </PasswordForm>
  );
}
