import { useRef, useState, type Ref } from 'react';
import { Dialog } from 'radix-ui';
import { useMutation } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { CopyButton } from '../../../components/copy-button';
import { formatDateTime } from '../../../lib/format';
import { SEND_PASSWORD_RESET_MUTATION, SET_TEMPORARY_PASSWORD_MUTATION } from './password.graphql';
import type { AgentDetails } from './agent-page-types';

interface PasswordActionsProps {
  agent: AgentDetails;
  /** A short confirmation for the page ("Reset link sent to …"). */
  onNotice: (message: string) => void;
}

/**
 * An administrator's help for an agent who cannot sign in: email a reset link, or set a temporary
 * password shown here once (stored only as a hash). Both end nothing until used, except the
 * temporary password, which signs the agent out everywhere at once.
 */
export function PasswordActions({ agent, onNotice }: PasswordActionsProps) {
  const [sendReset] = useMutation(SEND_PASSWORD_RESET_MUTATION);
  const [setTemporary] = useMutation(SET_TEMPORARY_PASSWORD_MUTATION);
  const [issued, setIssued] = useState<{ password: string; expiresAt: string } | null>(null);
  // The shown password has no trigger of its own: closing it returns focus to the button that led there.
  const temporaryButton = useRef<HTMLButtonElement>(null);
  const who = agent.name;
  const button = (label: string, ref?: Ref<HTMLButtonElement>) => (
    <button type="button" className="button button-secondary" ref={ref}>
      {label}
    </button>
  );

  return (
    <>
      <ConfirmDialog
        trigger={button('Send password reset')}
        title={`Send ${who} a password reset link?`}
        confirmLabel="Send link"
        onConfirm={async () => {
          await sendReset({ variables: { agentId: agent.id } });
          onNotice(`Password reset link sent to ${agent.email}. It works once, for 60 minutes.`);
        }}
      >
        <p>
          {who} gets an email at {agent.email} with a link to choose a new password. Their current password keeps working until they use it.
        </p>
      </ConfirmDialog>
      <ConfirmDialog
        trigger={button('Set temporary password', temporaryButton)}
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
          Their current password stops working and they are signed out everywhere. You will see the new password once, to pass on to them;
          they must change it when they sign in.
        </p>
      </ConfirmDialog>
      <Dialog.Root open={issued !== null} onOpenChange={(open) => !open && setIssued(null)}>
        <Dialog.Portal>
          <Dialog.Overlay className="dialog-overlay" />
          <Dialog.Content
            className="dialog"
            onCloseAutoFocus={(event) => {
              event.preventDefault();
              temporaryButton.current?.focus();
            }}
          >
            <Dialog.Title className="dialog-title">Temporary password for {who}</Dialog.Title>
            <Dialog.Description asChild>
              <div className="dialog-body">
                <p>
                  <code className="temporary-password">{issued?.password}</code>{' '}
                  <CopyButton text={issued?.password ?? ''} what="the temporary password" small />
                </p>
                <p>
                  Shown only now. It works until {issued ? formatDateTime(issued.expiresAt) : ''}, and {who} must choose a new password when
                  signing in with it.
                </p>
              </div>
            </Dialog.Description>
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button button-primary">
                  Done
                </button>
              </Dialog.Close>
            </div>
          </Dialog.Content>
        </Dialog.Portal>
      </Dialog.Root>
    </>
  );
}
