import { useState } from 'react';
import { Dialog } from 'radix-ui';
import { useMutation } from '@apollo/client/react';
import type { AgentSettingsSection } from '../../../../gql/graphql';
import { useFocusReturn } from '../../../../components/use-focus-return';
import { FormAlert } from '../../../../components/form-alert';
import { toDisplayError, type DisplayError } from '../../../../lib/errors';
import { COPY_AGENT_SETTINGS_MUTATION } from './copy-settings.graphql';
import { SETTINGS_SECTIONS } from './sections';
import { AgentPicker, type PickedAgent } from './agent-picker';

interface CopySettingsDialogProps {
  /** The agents that receive the settings. */
  targetAgentIds: readonly string[];
  /** How the targets are named in the dialog ("Ann Agent", "3 selected agents"). */
  targetLabel: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** After a successful copy, with a sentence for a status message. */
  onCopied?: (message: string) => void;
}

const LABELS = { sourceAgentId: 'Source agent', targetAgentIds: 'Agents', sections: 'Sections' };

/** Copy some or all sections of one agent's settings onto other agents (copyAgentSettings). */
export function CopySettingsDialog({ targetAgentIds, targetLabel, open, onOpenChange, onCopied }: CopySettingsDialogProps) {
  const [source, setSource] = useState<PickedAgent | null>(null);
  const [sections, setSections] = useState<AgentSettingsSection[]>([]);
  const [error, setError] = useState<DisplayError | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [copy, { loading }] = useMutation(COPY_AGENT_SETTINGS_MUTATION);
  const allChosen = sections.length === SETTINGS_SECTIONS.length;

  function close(next: boolean) {
    if (loading) return;
    onOpenChange(next);
    if (!next) {
      setSource(null);
      setSections([]);
      setError(null);
      setHint(null);
    }
  }

  function toggle(section: AgentSettingsSection, on: boolean) {
    setSections(on ? [...sections, section] : sections.filter((s) => s !== section));
  }

  async function apply() {
    setError(null);
    setHint(!source ? 'Choose the agent to copy from.' : sections.length === 0 ? 'Tick at least one section.' : null);
    if (!source || sections.length === 0) return;
    try {
      await copy({ variables: { sourceAgentId: source.id, targetAgentIds: [...targetAgentIds], sections } });
      const what = allChosen
        ? 'All settings'
        : SETTINGS_SECTIONS.filter((s) => sections.includes(s.value))
            .map((s) => s.label)
            .join(', ');
      onCopied?.(`${what} copied from ${source.name} to ${targetLabel}.`);
      close(false);
    } catch (caught) {
      setError(toDisplayError(caught));
    }
  }

  const returnFocus = useFocusReturn(open);
  return (
    <Dialog.Root open={open} onOpenChange={close}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog dialog-wide" onCloseAutoFocus={returnFocus}>
          <Dialog.Title className="dialog-title">Copy settings to {targetLabel}</Dialog.Title>
          <Dialog.Description className="dialog-body">
            The ticked sections replace what {targetLabel} {targetAgentIds.length > 1 ? 'have' : 'has'} now; nothing else changes.
          </Dialog.Description>
          <form
            className="copy-settings-form"
            onSubmit={(event) => {
              event.preventDefault();
              void apply();
            }}
          >
            <AgentPicker label="Copy from" value={source} onChange={setSource} exclude={targetAgentIds} />
            <fieldset className="checklist section-grid">
              <legend>Sections</legend>
              <label className="checklist-item checklist-all">
                <input
                  type="checkbox"
                  checked={allChosen}
                  onChange={(event) => setSections(event.target.checked ? SETTINGS_SECTIONS.map((s) => s.value) : [])}
                />
                <span>All sections</span>
              </label>
              {SETTINGS_SECTIONS.map((section) => (
                <label key={section.value} className="checklist-item">
                  <input
                    type="checkbox"
                    checked={sections.includes(section.value)}
                    onChange={(event) => toggle(section.value, event.target.checked)}
                  />
                  <span>{section.label}</span>
                </label>
              ))}
            </fieldset>
            {hint && (
              <p role="alert" className="alert alert-error">
                {hint}
              </p>
            )}
            <FormAlert error={error} labels={LABELS} />
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button button-secondary" disabled={loading}>
                  Cancel
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={loading}>
                {loading ? 'Copying…' : 'Copy settings'}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
