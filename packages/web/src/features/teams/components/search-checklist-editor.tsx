import { useDeferredValue, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toDisplayError } from '../../../lib/errors';
import { DialogActions } from '../../../components/form-dialog';

export interface ChecklistItem {
  id: string;
  name: string;
  /** Shown muted after the name (an agent's email). */
  detail?: string;
}

interface SearchChecklistEditorProps {
  /** Unique per editor on the page (input ids). */
  idPrefix: string;
  /** What is listed: the count, search label and empty text (`teams:checklist.<noun>`). */
  noun: 'agent' | 'organization';
  /** "member" for agents of a team; defaults to noun. */
  selectedNoun?: 'member';
  searchPlaceholder: string;
  initial: readonly ChecklistItem[];
  /** The candidates for a search text ('' = no search): a hook, so each editor queries its own list. */
  useCandidates: (search: string) => { items: ChecklistItem[]; loading: boolean; loaded: boolean };
  onSave: (ids: string[]) => Promise<unknown>;
  saveLabel: string;
  onSaved: () => void;
}

/**
 * Tick items to choose them; a search narrows the candidates (a prefix). Chosen items stay listed
 * first even when the search does not match them, so they can be unticked.
 */
export function SearchChecklistEditor(props: SearchChecklistEditorProps) {
  const { idPrefix, noun, initial, useCandidates, onSave, onSaved } = props;
  const { t } = useTranslation('teams');
  const [selected, setSelected] = useState(() => new Map(initial.map((m) => [m.id, m])));
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search.trim());
  const { items, loading, loaded } = useCandidates(deferredSearch);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shown = [...selected.values(), ...items.filter((c) => !selected.has(c.id))];

  function toggle(item: ChecklistItem, on: boolean) {
    setSelected((prev) => {
      const next = new Map(prev);
      if (on) next.set(item.id, item);
      else next.delete(item.id);
      return next;
    });
  }

  async function submit() {
    setError(null);
    setSaving(true);
    try {
      await onSave([...selected.keys()]);
      onSaved();
    } catch (caught) {
      setError(toDisplayError(caught).message);
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="form">
      {error && (
        <p role="alert" className="alert alert-error">
          {error}
        </p>
      )}
      <div className="field">
        <label htmlFor={`${idPrefix}-search`}>{t(`checklist.${noun}.find`)}</label>
        <input
          id={`${idPrefix}-search`}
          type="search"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          placeholder={props.searchPlaceholder}
        />
      </div>
      <fieldset className="checkbox-list scroll-list">
        <legend>{t(`checklist.selected.${props.selectedNoun ?? noun}`, { count: selected.size })}</legend>
        {loading && !loaded && <p role="status">{t(`checklist.${noun}.loading`)}</p>}
        {shown.map((item) => (
          <label key={item.id}>
            <input type="checkbox" checked={selected.has(item.id)} onChange={(e) => toggle(item, e.target.checked)} />
            <span>
              {item.name} {item.detail && <span className="muted">{item.detail}</span>}
            </span>
          </label>
        ))}
        {loaded && shown.length === 0 && (
          <p className="empty-state">{search.trim() ? t(`checklist.${noun}.noMatch`, { search }) : t(`checklist.${noun}.none`)}</p>
        )}
      </fieldset>
      <DialogActions>
        <button type="button" className="button button-primary" disabled={saving} onClick={() => void submit()}>
          {saving ? t('checklist.saving') : props.saveLabel}
        </button>
      </DialogActions>
    </div>
  );
}
