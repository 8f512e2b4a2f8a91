import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from 'radix-ui';
import { useQuery } from '@apollo/client/react';
import type { BulkUpdateAgentsInput } from '../../../gql/graphql';
import { useFocusReturn } from '../../../components/use-focus-return';
import { FormAlert } from '../../../components/form-alert';
import { MultiSelect } from '../../../components/multi-select';
import { toDisplayError, type DisplayError } from '../../../lib/errors';
import { AGENT_OPTIONS_QUERY } from '../agents.graphql';

export type MembershipField = 'addTeamIds' | 'removeTeamIds' | 'addPermissionGroupIds' | 'removePermissionGroupIds';

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
  const { t } = useTranslation('agents');
  const [chosen, setChosen] = useState<string[]>([]);
  const [error, setError] = useState<DisplayError | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { data } = useQuery(AGENT_OPTIONS_QUERY, { skip: !field });
  const isTeams = field === 'addTeamIds' || field === 'removeTeamIds';
  const removing = field === 'removeTeamIds' || field === 'removePermissionGroupIds';
  const legend = isTeams ? t('shared.teams') : t('shared.permissionGroups');
  const heldIds = held && removing ? (isTeams ? held.teamIds : held.groupIds) : null;
  const options =
    (isTeams ? data?.teams : data?.permissionGroups)
      ?.filter((item) => !heldIds || heldIds.has(item.id))
      .map((item) => ({ value: item.id, label: item.name })) ?? [];
  const emptyText = heldIds
    ? t(isTeams ? 'membership.inNoTeam' : 'membership.inNoGroup')
    : t(isTeams ? 'membership.noTeams' : 'membership.noGroups');

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
    if (!field) return;
    setError(null);
    setHint(chosen.length === 0 ? t(isTeams ? 'membership.chooseTeams' : 'membership.chooseGroups') : null);
    if (chosen.length === 0) return;
    const names = options.filter((o) => chosen.includes(o.value)).map((o) => o.label);
    setBusy(true);
    try {
      const done = removing ? 'membership.removedFrom' : 'membership.addedTo';
      await onApply({ [field]: chosen }, t(done, { target: targetLabel, names: names.join(', ') }));
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
            {field && t('membership.dialogTitle', { action: t(`membership.${field}.title`), target: targetLabel })}
          </Dialog.Title>
          <Dialog.Description className="dialog-body">{field && t(`membership.${field}.intro`)}</Dialog.Description>
          <form
            className="bulk-dialog-form"
            onSubmit={(event) => {
              event.preventDefault();
              void apply();
            }}
          >
            <MultiSelect label={legend} options={options} value={chosen} onChange={setChosen} emptyText={emptyText} />
            {hint && (
              <p role="alert" className="alert alert-error">
                {hint}
              </p>
            )}
            <FormAlert error={error} labels={field ? { [`input.${field}`]: legend } : {}} />
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button button-secondary" disabled={busy}>
                  {t('shared.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={busy}>
                {busy ? t('shared.working') : field && t(`membership.${field}.apply`)}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
