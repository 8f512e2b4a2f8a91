import { useRef, useState, type ReactNode } from 'react';
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
      <h3>{title}</h3>
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
  const who = agent.name;

  return (
    <div className="sign-in-tab">
      <p>
        Last sign-in: <strong>{agent.lastSignInAt ? formatDateTime(agent.lastSignInAt as string) : 'never'}</strong>
        {agent.mustChangePassword && ' · must change password at next sign-in'}
      </p>
      <Row title="Password">
        <div className="button-row">
          <ConfirmDialog
            trigger={actionButton('Send password reset')}
            title={`Send ${who} a password reset link?`}
            confirmLabel="Send link"
            onConfirm={async () => {
              await sendReset({ variables: { agentId: agent.id } });
              setNotice(`Password reset link sent to ${agent.email}. It works once, for 60 minutes.`);
            }}
          >
            <p>
              {who} gets an email at {agent.email} with a link to choose a new password. Their current password keeps working until they use
              it.
            </p>
          </ConfirmDialog>
          <ConfirmDialog
            trigger={
              <button type="button" className="button button-secondary" ref={temporaryButton}>
                Set temporary password
              </button>
            }
            title={`Set a temporary password for ${who}?`}
            confirmLabel="Set temporary password"
            onConfirm={async () => {
              const { data } = await setTemporary({ variables: { agentId: agent.id } });
              if (!data) throw new Error('The server sent no data for setTemporaryPassword');
              const r = data.setTemporaryPassword;
              setIssued({ password: r.temporaryPassword, expiresAt: r.expiresAt as string });
            }}
          >
            <p>
              Their current password stops working and they are signed out everywhere. You will see the new password once, to pass on to
              them; they must change it when they sign in.
            </p>
          </ConfirmDialog>
          {!agent.mustChangePassword && (
            <ConfirmDialog
              trigger={actionButton('Force password change')}
              title={`Force ${who} to change their password?`}
              confirmLabel="Force password change"
              onConfirm={async () => {
                await update({ variables: { id: agent.id, input: { forcePasswordChange: true } } });
                setNotice(`${who} must choose a new password at the next sign-in.`);
              }}
            >
              <p>The next time {who} signs in, they must choose a new password before they can do anything else.</p>
            </ConfirmDialog>
          )}
        </div>
      </Row>
      <Row title="Two-step sign-in">
        <p>{agent.twoStepSignIn ? 'On (authenticator app).' : 'Off.'}</p>
        {agent.twoStepSignIn && (
          <ConfirmDialog
            trigger={actionButton('Reset two-step sign-in')}
            title={`Reset ${who}'s two-step sign-in?`}
            confirmLabel="Reset two-step sign-in"
            danger
            onConfirm={async () => {
              await resetTwoStep({ variables: { agentId: agent.id } });
              setNotice(`${who}'s two-step sign-in was removed; they were signed out everywhere and told by email.`);
            }}
          >
            <p>
              For an agent who lost their phone and their recovery codes: their authenticator app and recovery codes stop working, they are
              signed out everywhere, and {agent.email} gets an email. They sign in with their password and set it up again.
            </p>
            <p>Make sure the request really comes from {who}.</p>
          </ConfirmDialog>
        )}
      </Row>
      <Row title="Sessions">
        <ConfirmDialog
          trigger={actionButton('Sign out everywhere')}
          title={`Sign ${who} out everywhere?`}
          confirmLabel="Sign out everywhere"
          onConfirm={async () => {
            await signOut({ variables: { agentId: agent.id } });
            setNotice(`${who} was signed out of every browser.`);
          }}
        >
          <p>Every browser {who} is signed in on must sign in again. Their API tokens keep working (revoke those under API tokens).</p>
        </ConfirmDialog>
      </Row>
      {/* The password shown once: acknowledged with Done; focus goes back to the button that led there. */}
      <ConfirmDialog
        open={issued !== null}
        onOpenChange={(open) => !open && setIssued(null)}
        title={`Temporary password for ${who}`}
        confirmLabel="Done"
        cancelLabel={null}
        returnFocusTo={temporaryButton}
        onConfirm={async () => undefined}
      >
        <p>
          <code className="temporary-password">{issued?.password}</code>{' '}
          <CopyButton text={issued?.password ?? ''} what="the temporary password" small />
        </p>
        <p>
          Shown only now. It works until {issued ? formatDateTime(issued.expiresAt) : ''}, and {who} must choose a new password when signing
          in with it.
        </p>
      </ConfirmDialog>
    </div>
  );
}
