import type { ReactNode } from 'react';
import type { UpdateAgentInput } from '../../../gql/graphql';
import { useDraft, useUpdateAgent } from './use-update-agent';
import { SaveBar } from './save-bar';

export interface ChecklistItem {
  id: string;
  label: string;
  note?: ReactNode;
}

interface ChecklistTabProps {
  agentId: string;
  legend: string;
  intro: ReactNode;
  items: ChecklistItem[];
  selected: string[];
  /** The UpdateAgentInput list field the ids go to. */
  field: 'permissionGroupIds' | 'teamIds';
  readOnly: boolean;
  empty: string;
}

/** A list of checkboxes saved as one id list (permission groups, teams). */
export function ChecklistTab({ agentId, legend, intro, items, selected, field, readOnly, empty }: ChecklistTabProps) {
  const update = useUpdateAgent(agentId);
  const draft = useDraft(selected);
  const chosen = new Set(draft.value);

  function toggle(id: string, on: boolean) {
    update.clearStatus();
    draft.set(on ? [...draft.value, id] : draft.value.filter((v) => v !== id));
  }

  async function save() {
    const input: UpdateAgentInput = { [field]: draft.value };
    if (await update.save(input)) draft.reset();
  }

  if (items.length === 0) return <p className="empty-state">{empty}</p>;
  return (
    <div className="tab-body">
      <p className="tab-intro">{intro}</p>
      <fieldset className="checklist" disabled={readOnly}>
        <legend>
          {legend}{' '}
          <span className="muted">
            ({items.filter((i) => chosen.has(i.id)).length} of {items.length} selected)
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
      {!readOnly && <SaveBar update={update} dirty={draft.dirty} onReset={draft.reset} onSave={() => void save()} />}
    </div>
  );
}
