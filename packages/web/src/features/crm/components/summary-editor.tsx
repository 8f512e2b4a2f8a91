import { useState } from 'react';
import { toDisplayError } from '../../../lib/errors';

interface Props {
  summary: string | null | undefined;
  /** Saves the text (empty: null); rejects with the API's error. */
  onSave: (summary: string | null) => Promise<void>;
  canEdit: boolean;
}

/** The summary with inline edit: a failed save keeps what was typed and says why. */
export function SummaryEditor({ summary, onSave, canEdit }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  async function save() {
    if (draft === null) return;
    setSaving(true);
    setError(null);
    try {
      await onSave(draft.trim() ? draft : null);
      setDraft(null);
    } catch (e) {
      const shown = toDisplayError(e);
      setError(shown.fields['input.summary'] ? `Summary ${shown.fields['input.summary']}` : shown.message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <section className="crm-section" aria-labelledby="crm-summary-heading">
      <h3 id="crm-summary-heading">Summary</h3>
      {draft === null ? (
        <>
          {summary ? <p className="crm-summary">{summary}</p> : <p className="muted">No summary yet.</p>}
          {canEdit && (
            <button type="button" className="button button-secondary button-small" onClick={() => setDraft(summary ?? '')}>
              Edit summary
            </button>
          )}
        </>
      ) : (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <div className="field">
            <label htmlFor="crm-summary">Summary</label>
            <textarea
              id="crm-summary"
              rows={4}
              value={draft}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'crm-summary-error' : undefined}
              onChange={(event) => setDraft(event.target.value)}
            />
            {error && (
              <p id="crm-summary-error" className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="crm-picker-actions">
            <button type="submit" className="button button-primary button-small" disabled={saving}>
              {saving ? 'Saving…' : 'Save summary'}
            </button>
            <button
              type="button"
              className="button button-secondary button-small"
              onClick={() => {
                setDraft(null);
                setError(null);
              }}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
