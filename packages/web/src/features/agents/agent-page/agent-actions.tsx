import { useNavigate } from 'react-router';
import { Trans, useTranslation } from 'react-i18next';
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
    <div className="agent-actions" role="group" aria-label={t('actions.label')}>
      {disabled ? (
        <ConfirmDialog
          trigger={button(t('actions.enable'))}
          title={t('actions.enableTitle', { name: who })}
          confirmLabel={t('actions.enableConfirm')}
          onConfirm={() => update({ variables: { id: agent.id, input: { status: 'ACTIVE' } } })}
        >
          <p>{t('actions.enableText', { name: who })}</p>
          <p>{t('actions.enableSeats')}</p>
        </ConfirmDialog>
      ) : (
        <ConfirmDialog
          trigger={button(t('actions.disable'))}
          title={t('actions.disableTitle', { name: who })}
          confirmLabel={t('actions.disableConfirm')}
          errorHint={lastAdminHint(t)}
          onConfirm={() => update({ variables: { id: agent.id, input: { status: 'DISABLED' } } })}
        >
          <p>{t('actions.disableText', { name: who })}</p>
          <p>
            <Trans i18nKey="actions.disableSeats" t={t} components={{ strong: <strong /> }} />
          </p>
        </ConfirmDialog>
      )}
      {/* Admins cannot delete their own account (the API refuses). */}
      {!isViewer && (
        <ConfirmDialog
          trigger={button(t('actions.delete'), 'button-danger')}
          title={t('actions.deleteTitle', { name: who })}
          confirmLabel={t('actions.deleteConfirm')}
          danger
          onConfirm={async () => {
            await remove({ variables: { id: agent.id } });
            onDeleted?.();
            navigate('/agents', { replace: true, state: { notice: t('actions.deleted', { name: who }) } });
            // Lists that showed the agent fetch again.
            client.cache.evict({ id: client.cache.identify({ __typename: 'Agent', id: agent.id }) });
            client.cache.gc();
          }}
        >
          <p>{t('actions.deleteText', { name: who, email: agent.email })}</p>
          <p>
            <Trans i18nKey="actions.deleteSeats" t={t} components={{ strong: <strong /> }} />
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}
