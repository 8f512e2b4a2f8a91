import { useEffect, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../lib/use-debounced-value';
import type { FieldControlProps } from './form-field';

export interface ComboboxOption {
  id: string;
  name: string;
}

interface ComboboxInputProps {
  /** Names the listbox; the input's own label comes from its <label for> (a FormField or the filter). */
  label: string;
  /** A first entry that means "none" (clears the value); left out when a value is required. */
  any?: string;
  value: string | null;
  /** The chosen option's name before the list was ever opened (a form's saved value). */
  valueName?: string;
  onChange: (id: string | null) => void;
  /** The options matching `search` (`skip` while the list is closed, so a server is not asked). */
  useOptions: (search: string, skip: boolean) => { options: ComboboxOption[]; loading: boolean };
  /** Milliseconds to wait after a key before searching: 0 for options held in memory. */
  delayMs?: number;
  control: FieldControlProps;
  disabled?: boolean;
}

/**
 * The input and listbox of a searchable choice (ARIA 1.2 combobox with list autocomplete):
 * typing filters, arrows move, Enter chooses, Escape closes and puts the chosen name back.
 * aria-activedescendant only ever names an option that is shown; no match is a status, not an option.
 */
export function ComboboxInput({
  label,
  any,
  value,
  valueName,
  onChange,
  useOptions,
  delayMs = 200,
  control,
  disabled,
}: ComboboxInputProps) {
  const { t } = useTranslation('common');
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [chosenName, setChosenName] = useState('');
  // null: the chosen entry (or the first), found once the options have arrived.
  const [moved, setActive] = useState<number | null>(null);
  const name = valueName ?? chosenName;
  const typed = text.trim() === name ? '' : text.trim();
  const debounced = useDebouncedValue(typed, delayMs);
  const { options, loading } = useOptions(delayMs ? debounced : typed, !open);
  const entries: (ComboboxOption | null)[] = any === undefined ? options : [null, ...options];
  const active =
    moved ??
    Math.max(
      0,
      entries.findIndex((o) => (o?.id ?? null) === value),
    );
  const listId = `${control.id}-options`;
  const optionId = (i: number) => `${listId}-${i}`;
  const activeId = open && active >= 0 && active < entries.length ? optionId(active) : undefined;
  const shownText = open ? text : value ? name : '';

  useEffect(() => {
    // jsdom has no scrollIntoView; browsers keep the highlighted option visible in a long list.
    if (activeId) document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  const choose = (option: ComboboxOption | null) => {
    setChosenName(option?.name ?? '');
    setText(option?.name ?? '');
    setOpen(false);
    if ((option?.id ?? null) !== value) onChange(option?.id ?? null);
  };
  const openList = () => {
    if (open || disabled) return;
    setText(value ? name : '');
    setActive(null);
    setOpen(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return openList();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(Math.min(entries.length - 1, Math.max(0, active + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      if (activeId) choose(entries[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="search-combobox">
      <input
        {...control}
        type="text"
        role="combobox"
        // No listbox without entries: "No matches" is a status, not an option.
        aria-expanded={open && entries.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeId}
        autoComplete="off"
        placeholder={any}
        disabled={disabled}
        value={shownText}
        onFocus={openList}
        onClick={openList}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setText(event.target.value);
          setActive(event.target.value.trim() && any !== undefined ? 1 : 0);
          setOpen(true);
        }}
      />
      {open && (
        <div className="search-combobox-popup">
          {entries.length > 0 && (
            <ul id={listId} role="listbox" aria-label={label} aria-busy={loading} className="search-combobox-options">
              {entries.map((option, i) => (
                <li
                  key={option?.id ?? ''}
                  id={optionId(i)}
                  role="option"
                  aria-selected={i === active}
                  className={(option?.id ?? null) === value ? 'chosen' : undefined}
                  // mousedown would blur the input (closing the list) before the click lands.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => choose(option)}
                >
                  {option ? option.name : any}
                </li>
              ))}
            </ul>
          )}
          <p role="status" className="search-combobox-status">
            {options.length ? '' : loading ? t('combobox.searching') : t('combobox.noMatches')}
          </p>
        </div>
      )}
    </div>
  );
}

type SearchComboboxProps = Omit<ComboboxInputProps, 'control' | 'any'> & { id: string; any: string };

/** A list filter over a list too long for a <select>: its label, then the combobox. */
export function SearchCombobox({ id, ...props }: SearchComboboxProps) {
  return (
    <div className="filter">
      <label htmlFor={id}>{props.label}</label>
      <ComboboxInput {...props} control={{ id, 'aria-invalid': undefined, 'aria-describedby': undefined }} />
    </div>
  );
}
