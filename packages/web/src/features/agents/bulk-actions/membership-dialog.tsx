import { useState } from 'react';
import { Dialog } from 'radix-ui';
import { useQuery } from '@apollo/client/react';
import type { BulkUpdateAgentsInput } from '../../../gql/graphql';
import { useFocusReturn } from '../../../components/use-focus-return';
import { FormAlert } from '../../../components/form-alert';
import { MultiSelect } from '../../../components/multi-select';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { AGENT_OPTIONS_QUERY } from '../agents.graphql';

export type MembershipField = 'addTeamIds' | 'removeTeamIds' | 'addPermissionGroupIds' | 'removePermissionGroupIds';

const ACTIONS: Record<MembershipField, { title: string; legend: string; apply: string; done: string }> = {
  addTeamIds: { title: 'Add to teams', legend: 'Teams', apply: 'Add to teams', done: 'added to' },
  removeTeamIds: { title: 'Remove from teams', legend: 'Teams', apply: 'Remove from teams', done: 'removed from' },
  addPermissionGroupIds: { title: 'Add permission groups', legend: 'Permission groups', apply: 'Add groups', done: 'added to' },
  removePermissionGroupIds: {
    title: 'Remove permission groups',
    legend: 'Permission groups',
    apply: 'Remove groups',
    done: 'removed from',
  },
};

interface MembershipDialogProps {
  field: MembershipField | null;
  /** "3 selected agents" */
  targetLabel: string;
  onOpenChange: (open: boolean) => void;
  /** Runs the update; a thrown error stays in the dialog. */
  onApply: (input: BulkUpdateAgentsInput, message: string) => Promise<void>;
  /** Teams and groups the selected agents have (when every one of them is loaded): removing offers only these. */
  held?: { teamIds: ReadonlySet<string>; groupIds: ReadonlySet<string> };
}

/** Picks teams or permission groups to add to, or remove from, every selected agent. */
export function MembershipDialog({ field, targetLabel, onOpenChange, onApply, held }: MembershipDialogProps) {
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<DisplayError | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data } = useQuery(AGENT_OPTIONS_QUERY, { skip: !field });
  const action = field ? ACTIONS[field] : null;
  const isTeams = field === 'addTeamIds' || field === 'removeTeamIds';
  const removing = field === 'removeTeamIds' || field === 'removePermissionGroupIds';
  const heldIds = held && removing ? (isTeams ? held.teamIds : held.groupIds) : null;
  const options =
    (isTeams ? data?.teams : data?.permissionGroups)
      ?.filter((item) => !heldIds || heldIds.has(item.id))
      .map((item) => ({ value: item.id, label: item.name })) ?? [];
  const emptyText = heldIds
    ? `The selected agents are in no ${isTeams ? 'team' : 'permission group'}.`
    : isTeams
      ? 'No teams yet.'
      : 'No permission groups yet.';

  function close(open: boolean) {
    if (busy) return;
    onOpenChange(open);
    if (!open) {
      setChosen([]);
      setError(null);
      setHint(null);
    }
  }

  async function apply() {
    if (!field || !action) return;
    setError(null);
    setHint(chosen.length === 0 ? `Choose at least one of the ${action.legend.toLowerCase()}.` : null);
    if (chosen.length === 0) return;
    const names = options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
    setBusy(true);
    try {
      await onApply({ [field]: chosen }, `${targetLabel} ${action.done} ${names.join(', ')}.`);
      setBusy(false);
      close(false);
    } catch (caught) {
      setBusy(false);
      setError(toDisplayError(caught));
    }
  }

  const returnFocus = useFocusReturn(!!field);
  return (
    <Dialog.Root open={!!field} onOpenChange={close}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" onCloseAutoFocus={returnFocus}>
          <Dialog.Title className="dialog-title">
            {action?.title}: {targetLabel}
          </Dialog.Title>
          <Dialog.Description className="dialog-body">
            {field?.startsWith('add')
              ? `The ticked ${action?.legend.toLowerCase()} are added to what each agent has now.`
              : `The ticked ${action?.legend.toLowerCase()} are taken away from each agent that has them.`}
          </Dialog.Description>
          <form
            className="bulk-dialog-form"
            onSubmit={(event) => {
              event.preventDefault();
              void apply();
            }}
          >
            <MultiSelect label={action?.legend ?? ''} options={options} value={chosen} onChange={setChosen} emptyText={emptyText} />
            {hint && (
              <p role="alert" className="alert alert-error">
                {hint}
              </p>
            )}
            <FormAlert error={error} labels={field ? { [`input.${field}`]: action?.legend ?? '' } : {}} />
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button button-secondary" disabled={busy}>
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? 'Working…' : action?.apply}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
