import { useState } from 'react';
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
  const [error, setError] = useState<string | undefined>();
  const [saving, setSaving] = useState(false);

  async function toggle(next: boolean) {
    setSaving(true);
    setError(undefined);
    try {
      await onSave(next);
    } catch (e) {
      setError(`could not be changed: ${toDisplayError(e).message}`);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-auto-responder-heading">
      <div className="section-heading">
        <h3 id="crm-auto-responder-heading">Auto-responder</h3>
        <HelpTip topic="auto-responders">
          <p>
            For addresses that answer by themselves (vacation messages, ticket systems): no automatic replies go to them, so that two robots
            do not reply to each other forever.
          </p>
        </HelpTip>
      </div>
      <SwitchField
        label="This user is an auto-responder"
        hint="No automatic replies are sent to this user."
        checked={value}
        disabled={!canEdit || saving}
        error={error}
        onChange={(next) => void toggle(next)}
      />
    </section>
  );
}
