import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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

/** Copy some or all sections of one agent's settings onto other agents (copyAgentSettings). */
export function CopySettingsDialog({ targetAgentIds, targetLabel, open, onOpenChange, onCopied }: CopySettingsDialogProps) {
  const { t } = useTranslation('agents');
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
    setHint(!source ? t('copy.chooseSource') : sections.length === 0 ? t('copy.tickOne') : null);
    if (!source || sections.length === 0) return;
    try {
      await copy({ variables: { sourceAgentId: source.id, targetAgentIds: [...targetAgentIds], sections } });
      const what = allChosen
        ? t('copy.allSettings')
        : SETTINGS_SECTIONS.filter((s) => sections.includes(s))
            .map((s) => t(`copy.section.${s}`))
            .join(', ');
      onCopied?.(t('copy.copied', { what, source: source.name, target: targetLabel }));
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
          <Dialog.Title className="dialog-title">{t('copy.title', { target: targetLabel })}</Dialog.Title>
          <Dialog.Description className="dialog-body">
            {t('copy.intro', { count: targetAgentIds.length, target: targetLabel })}
          </Dialog.Description>
          <form
            className="copy-settings-form"
            onSubmit={(event) => {
              event.preventDefault();
              void apply();
            }}
          >
            <AgentPicker label={t('copy.copyFrom')} value={source} onChange={setSource} exclude={targetAgentIds} />
            <fieldset className="checklist section-grid">
              <legend>{t('copy.sections')}</legend>
              <label className="checklist-item checklist-all">
                <input
                  type="checkbox"
                  checked={allChosen}
                  onChange={(event) => setSections(event.target.checked ? [...SETTINGS_SECTIONS] : [])}
                />
                <span>{t('copy.allSections')}</span>
              </label>
              {SETTINGS_SECTIONS.map((section) => (
                <label key={section} className="checklist-item">
                  <input type="checkbox" checked={sections.includes(section)} onChange={(event) => toggle(section, event.target.checked)} />
                  <span>{t(`copy.section.${section}`)}</span>
                </label>
              ))}
            </fieldset>
            {hint && (
              <p role="alert" className="alert alert-error">
                {hint}
              </p>
            )}
            <FormAlert
              error={error}
              labels={{ sourceAgentId: t('copy.source'), targetAgentIds: t('shared.agents'), sections: t('copy.sections') }}
            />
            <div className="dialog-actions">
              <Dialog.Close asChild>
                <button type="button" className="button button-secondary" disabled={loading}>
                  {t('shared.cancel')}
                </button>
              </Dialog.Close>
              <button type="submit" className="button button-primary" disabled={loading}>
                {loading ? t('copy.copying') : t('copy.copySettings')}
              </button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
