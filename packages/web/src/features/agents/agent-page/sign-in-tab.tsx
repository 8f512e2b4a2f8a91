import { useRef, useState, type ReactNode } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useMutation } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { CopyButton } from '../../../components/copy-button';
import { useToast } from '../../../components/toast';
import { formatDateTime } from '../../../lib/format';
import { UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { SEND_PASSWORD_RESET_MUTATION, SET_TEMPORARY_PASSWORD_MUTATION, SIGN_OUT_EVERYWHERE_MUTATION } from './password.graphql';
import { RESET_SECOND_FACTOR_MUTATION } from '../../two-step/two-step.graphql';
import type { AgentDetails } from './agent-page-types';

const actionButton = (label: string) => (
  <button type="button" className="button button-secondary">
    {label}
  </button>
);

function Row({ title, children }: { title: string; children: ReactNode }) {
  return (
    <div className="sign-in-row">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

/**
 * An administrator's help for another agent's sign-in: when they last signed in, a forced password
 * change, a reset link by email, a temporary password shown once (stored only as a hash), and
 * signing them out everywhere. Each action is confirmed and logged; none is part of the page's form.
 */
export function SignInTab({ agent }: { agent: AgentDetails }) {
  const [update] = useMutation(UPDATE_AGENT_MUTATION);
  const [sendReset] = useMutation(SEND_PASSWORD_RESET_MUTATION);
  const [setTemporary] = useMutation(SET_TEMPORARY_PASSWORD_MUTATION);
  const [signOut] = useMutation(SIGN_OUT_EVERYWHERE_MUTATION);
  const [resetTwoStep] = useMutation(RESET_SECOND_FACTOR_MUTATION);
  const toast = useToast();
  const setNotice = toast.success;
  const [issued, setIssued] = useState<{ password: string; expiresAt: string } | null>(null);
  const temporaryButton = useRef<HTMLButtonElement>(null);
  const { t } = useTranslation('agents');
  const who = agent.name;
  const name = { name: who };

  return (
    <div className="sign-in-tab">
      <p>
        <Trans
          i18nKey="signIn.lastSignIn"
          t={t}
          values={{ when: agent.lastSignInAt ? formatDateTime(agent.lastSignInAt as string) : t('signIn.never') }}
          components={{ strong: <strong /> }}
        />
        {agent.mustChangePassword && t('page.mustChangePassword')}
      </p>
      <Row title={t('signIn.password')}>
        <div className="button-row">
          <ConfirmDialog
            trigger={actionButton(t('signIn.sendReset'))}
            title={t('signIn.sendResetTitle', name)}
            confirmLabel={t('signIn.sendLink')}
            onConfirm={async () => {
              await sendReset({ variables: { agentId: agent.id } });
              setNotice(t('signIn.resetSent', { email: agent.email }));
            }}
          >
            <p>{t('signIn.resetText', { name: who, email: agent.email })}</p>
          </ConfirmDialog>
          <ConfirmDialog
            trigger={
              <button type="button" className="button button-secondary" ref={temporaryButton}>
                {t('signIn.setTemporary')}
              </button>
            }
            title={t('signIn.setTemporaryTitle', name)}
            confirmLabel={t('signIn.setTemporary')}
            onConfirm={async () => {
              const { data } = await setTemporary({ variables: { agentId: agent.id } });
              if (!data) throw new Error('The server sent no data for setTemporaryPassword');
              const r = data.setTemporaryPassword;
              setIssued({ password: r.temporaryPassword, expiresAt: r.expiresAt as string });
            }}
          >
            <p>{t('signIn.temporaryText')}</p>
          </ConfirmDialog>
          {!agent.mustChangePassword && (
            <ConfirmDialog
              trigger={actionButton(t('signIn.forceChange'))}
              title={t('signIn.forceChangeTitle', name)}
              confirmLabel={t('signIn.forceChange')}
              onConfirm={async () => {
                await update({ variables: { id: agent.id, input: { forcePasswordChange: true } } });
                setNotice(t('signIn.forced', name));
              }}
            >
              <p>{t('signIn.forceText', name)}</p>
            </ConfirmDialog>
          )}
        </div>
      </Row>
      <Row title={t('signIn.twoStep')}>
        <p>{agent.twoStepSignIn ? t('signIn.twoStepOn') : t('signIn.twoStepOff')}</p>
        {agent.twoStepSignIn && (
          <ConfirmDialog
            trigger={actionButton(t('signIn.resetTwoStep'))}
            title={t('signIn.resetTwoStepTitle', name)}
            confirmLabel={t('signIn.resetTwoStep')}
            danger
            onConfirm={async () => {
              await resetTwoStep({ variables: { agentId: agent.id } });
              setNotice(t('signIn.twoStepReset', name));
            }}
          >
            <p>{t('signIn.resetTwoStepText', { email: agent.email })}</p>
            <p>{t('signIn.resetTwoStepCheck', name)}</p>
          </ConfirmDialog>
        )}
      </Row>
      <Row title={t('signIn.sessions')}>
        <ConfirmDialog
          trigger={actionButton(t('signIn.signOut'))}
          title={t('signIn.signOutTitle', name)}
          confirmLabel={t('signIn.signOut')}
          onConfirm={async () => {
            await signOut({ variables: { agentId: agent.id } });
            setNotice(t('signIn.signedOut', name));
          }}
        >
          <p>{t('signIn.signOutText', name)}</p>
        </ConfirmDialog>
      </Row>
      {/* The password shown once: acknowledged with Done; focus goes back to the button that led there. */}
      <ConfirmDialog
        open={issued !== null}
        onOpenChange={(open) => !open && setIssued(null)}
        title={t('signIn.temporaryTitle', name)}
        confirmLabel={t('signIn.done')}
        cancelLabel={null}
        returnFocusTo={temporaryButton}
        onConfirm={async () => undefined}
      >
        <p>
          <code className="temporary-password">{issued?.password}</code>{' '}
          <CopyButton text={issued?.password ?? ''} what={t('signIn.theTemporaryPassword')} small />
        </p>
        <p>{t('signIn.temporaryShown', { until: issued ? formatDateTime(issued.expiresAt) : '', name: who })}</p>
      </ConfirmDialog>
    </div>
  );
}
