import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
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

type Unusable = Exclude<InvitationPreviewStatus, 'VALID'>;

/** Shown for a link without a token, one the preview says cannot be used, and when the API rejects the token. */
function InvalidInvitation({ status = 'NOT_FOUND' }: { status?: Unusable }) {
  const { t } = useTranslation('auth');
  const hint =
    status === 'USED' ? t('invitation.usedHint') : status === 'NOT_FOUND' ? t('invitation.notFoundHint') : t('invitation.askAgain');
  return (
    <InvalidLinkCard title={t(`invitation.unusable.${status}.title`)} message={t(`invitation.unusable.${status}.message`)} hint={hint} />
  );
}

/**
 * Public page the invitation email links to: the invited person picks a name and a password,
 * and the API creates their agent and signs them in (session cookie) in one call.
 */
export function AcceptInvitationPage() {
  const { t } = useTranslation(['auth', 'common']);
  useDocumentTitle(t('invitation.documentTitle'));
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
      <AuthCard title={t('invitation.title')}>
        <p role="status">{t('invitation.checking')}</p>
      </AuthCard>
    );
  }
  const invitation = preview.data?.invitationPreview;
  if (invitation && invitation.status !== 'VALID') return <InvalidInvitation status={invitation.status} />;

  async function submit({ name, password }: PasswordFormValues) {
    const { data } = await accept({ variables: { token, name: name?.trim() || null, password } });
    if (!data) throw new Error('The server sent no data for acceptInvitation');
    setAccepted(true);
    await startSession(t('invitation.welcome', { name: data.acceptInvitation.agent.name }));
  }

  return (
    <AuthCard
      title={t('invitation.title')}
      intro={
        invitation?.inviterName &&
        invitation.helpdeskName &&
        t('invitation.invitedYou', { inviter: invitation.inviterName, helpdesk: invitation.helpdeskName })
      }
    >
      {invitation?.email && (
        <dl className="invitation-summary">
          <dt>{t('common:email')}</dt>
          <dd>{invitation.email}</dd>
          <dt>{t('invitation.helpdesk')}</dt>
          <dd>{invitation.helpdeskName}</dd>
          {invitation.expiresAt && (
            <>
              <dt>{t('invitation.validUntil')}</dt>
              <dd>{formatDateTime(invitation.expiresAt)}</dd>
            </>
          )}
        </dl>
      )}
      {signedIn && (
        <p className="alert alert-info" role="note">
          {t('invitation.signedInAs', { name: signedIn.viewer.name, email: signedIn.viewer.email })}
        </p>
      )}
      {invitation?.ssoRequired ? (
        // No password can be chosen: the first sign-in with the provider accepts the invitation.
        <>
          <p className="alert alert-info" role="note">
            {t('invitation.sso')}
          </p>
          <SsoSignInOptions />
        </>
      ) : (
        <AcceptWithPassword busy={loading || accepted} onSubmit={submit} onTokenRejected={() => setTokenRejected(true)} />
      )}
      <p className="auth-footer">
        <Trans i18nKey="invitation.haveAccount" t={t} components={{ to: <Link to="/sign-in" /> }} />
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
  const { t } = useTranslation(['auth', 'common']);
  const labels = { name: t('common:name') };
  return (
    <PasswordForm
      labels={labels}
      submitLabel={t('invitation.submit')}
      busyLabel={t('invitation.busy')}
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
          label={labels.name}
          autoComplete="name"
          maxLength={200}
          placeholder={t('invitation.namePlaceholder')}
          hint={t('invitation.nameHint')}
          error={errors?.name}
          {...register('name')}
        />
      )}
    </PasswordForm>
  );
}
