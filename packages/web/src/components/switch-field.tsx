import { useId } from 'react';
import { Switch } from 'radix-ui';

interface SwitchFieldProps {
  label: string;
  /** What turning it on means, read after the label. */
  description: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}

export function SwitchField({ label, description, checked, onChange, error }: SwitchFieldProps) {
  const id = useId();
  return (
    <div className="switch-field">
      <Switch.Root
        id={id}
        className="switch"
        checked={checked}
        onCheckedChange={onChange}
        aria-describedby={`${id}-description${error ? ` ${id}-error` : ''}`}
      >
        <Switch.Thumb className="switch-thumb" />
      </Switch.Root>
      <div>
        <label htmlFor={id} className="switch-label">
          {label}
        </label>
        <p id={`${id}-description`} className="field-hint">
          {description}
        </p>
        {error && (
          <p id={`${id}-error`} className="field-error">
            {label} {error}
          </p>
        )}
      </div>
    </div>
  );
}
