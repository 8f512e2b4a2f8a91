import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HelpTip } from '../../../components/help-tip';
import { SwitchField } from '../../../components/switch-field';
import { toDisplayError } from '../../../lib/errors';

interface Props {
  value: boolean;
  canEdit: boolean;
  /** Saves the flag; rejects with the API's error. */
  onSave: (isAutoResponder: boolean) => Promise<void>;
}

/** The auto-responder flag: a switch that saves at once, with what it means. */
export function AutoResponder({ value, canEdit, onSave }: Props) {
  const { t } = useTranslation('crm');
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function toggle(next: boolean) {
    setSaving(true);
    setError(undefined);
    try {
      await onSave(next);
    } catch (e) {
      setError(t('autoResponder.failed', { message: toDisplayError(e).message }));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-auto-responder-heading">
      <div className="section-heading">
        <h3 id="crm-auto-responder-heading">{t('autoResponder.badge')}</h3>
        <HelpTip topic="auto-responders">
          <p>{t('autoResponder.help')}</p>
        </HelpTip>
      </div>
      <SwitchField
        label={t('autoResponder.label')}
        hint={t('autoResponder.hint')}
        checked={value}
        disabled={!canEdit || saving}
        error={error}
        onChange={(next) => void toggle(next)}
      />
    </section>
  );
}
