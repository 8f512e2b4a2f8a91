import { useId } from 'react';
import { Switch } from 'radix-ui';

interface SwitchFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** What turning it on means, read after the label. */
  hint?: string;
  error?: string;
  disabled?: boolean;
  /** Hide the label visually (a table column names it), keep it for screen readers. */
  hideLabel?: boolean;
}

/** An on/off switch (Radix Switch, role="switch") with its label, hint and error. */
export function SwitchField({ label, checked, onChange, hint, error, disabled, hideLabel }: SwitchFieldProps) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className="switch-field">
      <Switch.Root
        id={id}
        className="switch"
        checked={checked}
        onCheckedChange={onChange}
        disabled={disabled}
        aria-describedby={describedBy}
      >
        <Switch.Thumb className="switch-thumb" />
      </Switch.Root>
      <div>
        <label htmlFor={id} className={hideLabel ? 'visually-hidden' : 'switch-label'}>
          {label}
        </label>
        {hint && (
          <p id={`${id}-hint`} className="field-hint">
            {hint}
          </p>
        )}
        {error && (
          <p id={`${id}-error`} className="field-error">
            {label} {error}
          </p>
        )}
      </div>
    </div>
  );
}
