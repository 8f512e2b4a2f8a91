import { FormAlert } from '../../../components/form-alert';
import type { UpdateAgentState } from './use-update-agent';

interface SaveBarProps {
  update: UpdateAgentState;
  dirty: boolean;
  onReset: () => void;
  /** Labels by input path, so field errors read as sentences. */
  labels?: Record<string, string>;
  /** For a <form>: the save button submits it. */
  submit?: boolean;
  onSave?: () => void;
}

/** Save / Discard buttons, the saved status and the server's error for one tab. */
export function SaveBar({ update, dirty, onReset, labels, submit, onSave }: SaveBarProps) {
  return (
    <div className="save-bar">
      <FormAlert error={update.error} labels={labels} />
      <div className="save-bar-actions">
        <button
          type={submit ? 'submit' : 'button'}
          className="button button-primary"
          disabled={update.saving || !dirty}
          onClick={submit ? undefined : onSave}
        >
          {update.saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button-secondary" disabled={update.saving || !dirty} onClick={onReset}>
          Discard changes
        </button>
        <p role="status" className="save-status">
          {update.saved && !dirty ? 'Saved.' : ''}
        </p>
      </div>
    </div>
  );
}
