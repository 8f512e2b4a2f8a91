import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@apollo/client/react';
import { useDebouncedValue } from '../../../../lib/use-debounced-value';
import { AGENT_PICKER_QUERY } from './copy-settings.graphql';

export interface PickedAgent {
  id: string;
  name: string;
  email: string;
}

interface AgentPickerProps {
  label: string;
  value: PickedAgent | null;
  onChange: (agent: PickedAgent | null) => void;
  /** Agents that cannot be picked (the targets). */
  exclude?: readonly string[];
}

/** A search box over `agents(filter: { search })` with the matches as radio buttons. */
export function AgentPicker({ label, value, onChange, exclude = [] }: AgentPickerProps) {
  const { t } = useTranslation('agents');
  const id = useId();
  const [search, setSearch] = useState('');
  const settled = useDebouncedValue(search.trim());
  const { data, loading, previousData } = useQuery(AGENT_PICKER_QUERY, { variables: { search: settled || null } });
  const shown = (data ?? previousData)?.agents.edges.map((e) => e.node).filter((a) => !exclude.includes(a.id)) ?? [];

  return (
    <fieldset className="agent-picker">
      <legend>{label}</legend>
      <label htmlFor={`${id}-search`} className="visually-hidden">
        {t('copy.searchAgents')}
      </label>
      <input
        id={`${id}-search`}
        type="search"
        placeholder={t('copy.searchPlaceholder')}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
        autoComplete="off"
      />
      <div className="agent-picker-results" aria-busy={loading}>
        {shown.length === 0 ? (
          <p className="muted">{loading ? t('copy.searching') : t('copy.noMatch')}</p>
        ) : (
          shown.map((agent) => (
            <label key={agent.id} className="checklist-item">
              <input
                type="radio"
                name={`${id}-agent`}
                checked={value?.id === agent.id}
                onChange={() => onChange({ id: agent.id, name: agent.name, email: agent.email })}
              />
              <span>{agent.name}</span>
              <span className="muted checklist-note">
                {agent.email}
                {agent.status === 'DISABLED' && t('copy.disabledSuffix')}
              </span>
            </label>
          ))
        )}
      </div>
      {value && <p className="field-hint">{t('copy.pickedFrom', { name: value.name })}</p>}
    </fieldset>
  );
}
