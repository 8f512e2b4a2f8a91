import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useAgentFormContext } from './use-agent-form';

export interface ChecklistItem {
  id: string;
  label: string;
  note?: ReactNode;
}

interface ChecklistTabProps {
  legend: string;
  intro?: ReactNode;
  items: ChecklistItem[];
  /** The form's id list the boxes edit. */
  field: 'permissionGroupIds' | 'teamIds';
  readOnly: boolean;
  empty: string;
}

/** A list of checkboxes over one id list of the agent form (permission groups, teams). */
export function ChecklistTab({ legend, intro, items, field, readOnly, empty }: ChecklistTabProps) {
  const { t } = useTranslation('agents');
  const form = useAgentFormContext();
  const ids = form.values[field];
  const chosen = new Set(ids);
  const error = form.errorOf(field);

  function toggle(id: string, on: boolean) {
    form.set(field, on ? [...ids, id] : ids.filter((v) => v !== id));
  }

  if (items.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <div className="tab-body">
      {intro && <p className="tab-intro">{intro}</p>}
      {error && <p className="field-error">{t('checklist.error', { legend, error })}</p>}
      <fieldset className="checklist" disabled={readOnly}>
        <legend>
          {legend}{' '}
          <span className="muted">
            {t('checklist.selected', { chosen: items.filter((i) => chosen.has(i.id)).length, total: items.length })}
          </span>
        </legend>
        {items.map((item) => (
          <label key={item.id} className="checklist-item">
            <input type="checkbox" checked={chosen.has(item.id)} onChange={(event) => toggle(item.id, event.target.checked)} />
            <span>{item.label}</span>
            {item.note && <span className="muted checklist-note">{item.note}</span>}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
