import { useId } from 'react';
import type { AgentType } from '../../../gql/graphql';

const TYPES: { value: AgentType; label: string }[] = [
  { value: 'FULL', label: 'Full agent' },
  { value: 'LIGHT', label: 'Light agent' },
];

interface AgentTypeFieldProps {
  value: AgentType;
  onChange: (type: AgentType) => void;
  error?: string;
  disabled?: boolean;
}

/**
 * Full or light agent (the new-agent form, invitations, the agent page). Light agents use no
 * license seat: they read the CRM and add notes, and hold no admin access or write permissions.
 */
export function AgentTypeField({ value, onChange, error, disabled }: AgentTypeFieldProps) {
  const id = useId();
  return (
    <fieldset className="agent-type-field" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>Agent type</legend>
      <div className="radio-row">
        {TYPES.map((type) => (
          <label key={type.value}>
            <input
              type="radio"
              name={`${id}-type`}
              value={type.value}
              checked={value === type.value}
              disabled={disabled}
              onChange={() => onChange(type.value)}
            />
            {type.label}
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        Light agents use no license seat: they browse and search the CRM, read records and add notes, and cannot edit anything or have
        administrator access or write permissions.
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          Agent type {error}
        </p>
      )}
    </fieldset>
  );
}
