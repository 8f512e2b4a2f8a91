import { useState } from 'react';
import { Trans, useTranslation } from 'react-i18next';
import { useApolloClient } from '@apollo/client/react';
import { ActionMenu } from '../../../components/action-menu';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { CopySettingsDialog } from '../agent-page/copy-settings/copy-settings-dialog';
import { lastAdminHint } from '../agent-page/last-admin-hint';
import { MembershipDialog, type MembershipField } from './membership-dialog';
import { useBulkUpdate } from './use-bulk-update';
import { ChevronDown } from 'lucide-react';

interface BulkToolbarProps {
  selectedIds: readonly string[];
  onClear: () => void;
  /** The selected rows as loaded (teams and groups), or undefined when some are not loaded. */
  selectedAgents?: readonly { teams: readonly { id: string }[]; permissionGroups: readonly { id: string }[] }[];
  /** After an action succeeded, with a sentence for a status message. */
  onDone: (message: string) => void;
}

const MENUS = [
  {
    label: 'shared.teams',
    items: [
      { field: 'addTeamIds', label: 'bulk.addToTeam' },
      { field: 'removeTeamIds', label: 'bulk.removeFromTeam' },
    ],
  },
  {
    label: 'shared.permissionGroups',
    items: [
      { field: 'addPermissionGroupIds', label: 'bulk.addGroup' },
      { field: 'removePermissionGroupIds', label: 'bulk.removeGroup' },
    ],
  },
] as const satisfies { label: string; items: { field: MembershipField; label: string }[] }[];

/** The selected rows' count and what an administrator can do to all of them at once. */
export function BulkToolbar({ selectedIds, selectedAgents, onClear, onDone }: BulkToolbarProps) {
  const { t } = useTranslation('agents');
  const client = useApolloClient();
  const adminHint = lastAdminHint(t);
  const [membership, setMembership] = useState<MembershipField | null>(null);
  const [copyOpen, setCopyOpen] = useState(false);
  const [error, setError] = useState<DisplayError | null>(null);
  const bulk = useBulkUpdate(selectedIds, onDone);
  const count = selectedIds.length;
  const held = selectedAgents && {
    teamIds: new Set(selectedAgents.flatMap((a) => a.teams.map((t) => t.id))),
    groupIds: new Set(selectedAgents.flatMap((a) => a.permissionGroups.map((g) => g.id))),
  };
  const targetLabel = t('selectedAgents', { count });

  async function enable() {
    setError(null);
    try {
      await bulk.run({ status: 'ACTIVE' }, t('bulk.enabled', { count }));
    } catch (caught) {
      setError(toDisplayError(caught));
    }
  }

  return (
    <div className="bulk-toolbar">
      <div className="selection-bar" role="toolbar" aria-label={t('bulk.toolbar')}>
        <span aria-live="polite">{t('bulk.selected', { count })}</span>
        {MENUS.map((menu) => (
          <ActionMenu
            key={menu.label}
            trigger={
              <button type="button" className="button button-secondary button-small">
                {t(menu.label)} <ChevronDown aria-hidden="true" />
              </button>
            }
            items={menu.items.map((item) => ({ label: t(item.label), onSelect: () => setMembership(item.field) }))}
          />
        ))}
        <button type="button" className="button button-secondary button-small" disabled={bulk.loading} onClick={() => void enable()}>
          {t('bulk.enable')}
        </button>
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-secondary button-small">
              {t('bulk.disable')}
            </button>
          }
          title={t('bulk.disableTitle', { target: targetLabel })}
          confirmLabel={t('bulk.disableConfirm', { count })}
          errorHint={adminHint}
          onConfirm={() => bulk.run({ status: 'DISABLED' }, t('bulk.disabled', { count }))}
          // The page moves focus to its message about what was done.
          returnFocusAfterConfirm={false}
        >
          <p>{t('bulk.disableText')}</p>
          <p>
            <Trans i18nKey="bulk.disableSeats" t={t} components={{ strong: <strong /> }} />
          </p>
        </ConfirmDialog>
        <button type="button" className="button button-secondary button-small" onClick={() => setCopyOpen(true)}>
          {t('bulk.copySettings')}
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onClear}>
          {t('bulk.clearSelection')}
        </button>
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          <p>{error.message}</p>
          {adminHint(error) && <p className="alert-hint">{adminHint(error)}</p>}
        </div>
      )}
      <MembershipDialog
        field={membership}
        targetLabel={targetLabel}
        onOpenChange={() => setMembership(null)}
        onApply={bulk.run}
        held={held}
      />
      <CopySettingsDialog
        targetAgentIds={selectedIds}
        targetLabel={targetLabel}
        open={copyOpen}
        onOpenChange={setCopyOpen}
        onCopied={(message) => {
          void client.refetchQueries({ include: ['AgentsPage'] });
          onDone(message);
        }}
      />
    </div>
  );
}
