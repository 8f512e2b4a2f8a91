import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { DELETE_AGENT_MUTATION, UPDATE_AGENT_MUTATION } from './agent-page.graphql';
import { lastAdminHint } from './last-admin-hint';
import type { AgentDetails } from './agent-page-types';

/** Disable or enable, delete: each confirmed, each saying what happens to the seat (password and sessions: the Sign-in tab). */
interface AgentActionsProps {
  agent: AgentDetails;
  isViewer: boolean;
  /** Once deleted, before the page leaves for the agents list (unsaved edits no longer matter). */
  onDeleted?: () => void;
}

export function AgentActions({ agent, isViewer, onDeleted }: AgentActionsProps) {
  const { t } = useTranslation('agents');
  const navigate = useNavigate();
  const client = useApolloClient();
  const [update] = useMutation(UPDATE_AGENT_MUTATION);
  const [remove] = useMutation(DELETE_AGENT_MUTATION);
  const who = agent.name;
  const disabled = agent.status === 'DISABLED';

  const button = (label: string, className = 'button-secondary') => (
    <button type="button" className={`button ${className}`}>
      {label}
    </button>
  );

  return (
    <div className="agent-actions" role="group" aria-label="Agent actions">
      {disabled ? (
        <ConfirmDialog
          trigger={button('Enable')}
          title={`Enable ${who}?`}
          confirmLabel="Enable agent"
          onConfirm={() => update({ variables: { id: agent.id, input: { status: 'ACTIVE' } } })}
        >
          <p>{who} will be able to sign in again, with the same settings.</p>
          <p>Seats: no change. A disabled agent already holds a license seat.</p>
        </ConfirmDialog>
      ) : (
        <ConfirmDialog
          trigger={button('Disable')}
          title={`Disable ${who}?`}
          confirmLabel="Disable agent"
          errorHint={lastAdminHint(t)}
          onConfirm={() => update({ variables: { id: agent.id, input: { status: 'DISABLED' } } })}
        >
          <p>{who} will no longer be able to sign in. Their tickets, history and settings stay, and you can enable them again.</p>
          <p>
            Seats: <strong>the agent keeps the seat.</strong> Disabled agents still count against the license; delete the agent to free it.
          </p>
        </ConfirmDialog>
      )}
      {/* Admins cannot delete their own account (the API refuses). */}
      {!isViewer && (
        <ConfirmDialog
          trigger={button('Delete', 'button-danger')}
          title={`Delete ${who}?`}
          confirmLabel="Delete agent"
          danger
          onConfirm={async () => {
            await remove({ variables: { id: agent.id } });
            onDeleted?.();
            navigate('/agents', { replace: true, state: { notice: `${who} was deleted and their seat is free.` } });
            // Lists that showed the agent fetch again.
            client.cache.evict({ id: client.cache.identify({ __typename: 'Agent', id: agent.id }) });
            client.cache.gc();
          }}
        >
          <p>
            {who} ({agent.email}) leaves the directory with their sessions, team and group memberships and API tokens. This cannot be
            undone.
          </p>
          <p>
            Seats: <strong>the seat is freed at once.</strong> The change log keeps what they did and what was done to them.
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
