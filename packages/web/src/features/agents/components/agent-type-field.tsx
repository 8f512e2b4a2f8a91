import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { AgentType } from '../../../gql/graphql';

const TYPES: AgentType[] = ['FULL', 'LIGHT'];

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
  const { t } = useTranslation('agents');
  const id = useId();
  return (
    <fieldset className="agent-type-field" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}>
      <legend>{t('type.legend')}</legend>
      <div className="radio-row">
        {TYPES.map((type) => (
          <label key={type}>
            <input
              type="radio"
              name={`${id}-type`}
              value={type}
              checked={value === type}
              disabled={disabled}
              onChange={() => onChange(type)}
            />
            {t(`type.${type}`)}
          </label>
        ))}
      </div>
      <p id={`${id}-hint`} className="field-hint">
        {t('type.hint')}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          {t('type.error', { error })}
        </p>
      )}
    </fieldset>
  );
}
