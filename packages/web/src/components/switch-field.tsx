import { useId } from 'react';
import { Switch } from 'radix-ui';

interface SwitchFieldProps {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  disabled?: boolean;
  /** Hide the label visually (a table column names it), keep it for screen readers. */
  hideLabel?: boolean;
  hint?: string;
}

/** An on/off switch (Radix Switch, role="switch") with its label. */
export function SwitchField({ label, checked, onChange, disabled, hideLabel, hint }: SwitchFieldProps) {
  const id = useId();
  return (
    <div className="switch-field">
      <Switch.Root
        id={id}
        className="switch"
        checked={checked}
        onCheckedChange={onChange}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
      >
        <Switch.Thumb className="switch-thumb" />
      </Switch.Root>
      <label htmlFor={id} className={hideLabel ? 'visually-hidden' : undefined}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      )}
    </div>
  );
}
