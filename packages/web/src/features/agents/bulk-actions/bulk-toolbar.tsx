import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import { ActionMenu } from '../../../components/action-menu';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { CopySettingsDialog } from '../agent-page/copy-settings/copy-settings-dialog';
import { lastAdminHint } from '../agent-page/last-admin-hint';
import { countOf } from '../count-label';
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

const MENUS: { label: string; items: { field: MembershipField; label: string }[] }[] = [
  {
    label: 'Teams',
    items: [
      { field: 'addTeamIds', label: 'Add to team…' },
      { field: 'removeTeamIds', label: 'Remove from team…' },
    ],
  },
  {
    label: 'Permission groups',
    items: [
      { field: 'addPermissionGroupIds', label: 'Add permission group…' },
      { field: 'removePermissionGroupIds', label: 'Remove permission group…' },
    ],
  },
];

/** The selected rows' count and what an administrator can do to all of them at once. */
export function BulkToolbar({ selectedIds, selectedAgents, onClear, onDone }: BulkToolbarProps) {
  const client = useApolloClient();
  const [membership, setMembership] = useState<MembershipField | null>(null);
  const [copyOpen, setCopyOpen] = useState(false);
  const [error, setError] = useState<DisplayError | null>(null);
  const bulk = useBulkUpdate(selectedIds, onDone);
  const count = selectedIds.length;
  const held = selectedAgents && {
    teamIds: new Set(selectedAgents.flatMap((a) => a.teams.map((t) => t.id))),
    groupIds: new Set(selectedAgents.flatMap((a) => a.permissionGroups.map((g) => g.id))),
  };
  const targetLabel = count === 1 ? '1 selected agent' : `${count} selected agents`;

  async function enable() {
    setError(null);
    try {
      await bulk.run({ status: 'ACTIVE' }, `${countOf(count)} enabled.`);
    } catch (caught) {
      setError(toDisplayError(caught));
    }
  }

  return (
    <div className="bulk-toolbar">
      <div className="selection-bar" role="toolbar" aria-label="Bulk actions">
        <span aria-live="polite">{count} selected</span>
        {MENUS.map((menu) => (
          <ActionMenu
            key={menu.label}
            trigger={
              <button type="button" className="button button-secondary button-small">
                {menu.label} <ChevronDown aria-hidden="true" />
              </button>
            }
            items={menu.items.map((item) => ({ label: item.label, onSelect: () => setMembership(item.field) }))}
          />
        ))}
        <button type="button" className="button button-secondary button-small" disabled={bulk.loading} onClick={() => void enable()}>
          Enable
        </button>
        <ConfirmDialog
          trigger={
            <button type="button" className="button button-secondary button-small">
              Disable
            </button>
          }
          title={`Disable ${targetLabel}?`}
          confirmLabel={`Disable ${countOf(count)}`}
          errorHint={lastAdminHint}
          onConfirm={() => bulk.run({ status: 'DISABLED' }, `${countOf(count)} disabled.`)}
          // The page moves focus to its message about what was done.
          returnFocusAfterConfirm={false}
        >
          <p>They will no longer be able to sign in, and their sessions end now. Their tickets, history and settings stay.</p>
          <p>
            Seats: <strong>disabled agents keep their seats.</strong> They still count against the license; delete agents to free seats.
          </p>
        </ConfirmDialog>
        <button type="button" className="button button-secondary button-small" onClick={() => setCopyOpen(true)}>
          Copy settings to selected…
        </button>
        <button type="button" className="button button-secondary button-small" onClick={onClear}>
          Clear selection
        </button>
      </div>
      {error && (
        <div role="alert" className="alert alert-error">
          <p>{error.message}</p>
          {lastAdminHint(error) && <p className="alert-hint">{lastAdminHint(error)}</p>}
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
