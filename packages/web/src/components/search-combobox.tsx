import { useState, type KeyboardEvent } from 'react';
import { useDebouncedValue } from '../lib/use-debounced-value';

interface Option {
  id: string;
  name: string;
}

interface SearchComboboxProps {
  id: string;
  label: string;
  /** The choice that clears the filter, first in the list. */
  any: string;
  value: string | null;
  onChange: (id: string | null) => void;
  /** The options matching `search` (fetched only while the list is open: `skip` otherwise). */
  useOptions: (search: string, skip: boolean) => { options: Option[]; loading: boolean };
}

/**
 * A filter over a list too long for a <select>: typing searches (on the server), the matches
 * drop down as a listbox (ARIA 1.2 combobox: arrows move, Enter chooses, Escape closes and puts
 * the chosen name back), the first entry clears the filter.
 */
export function SearchCombobox({ id, label, any, value, onChange, useOptions }: SearchComboboxProps) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [chosenName, setChosenName] = useState('');
  const [active, setActive] = useState(0);
  const search = useDebouncedValue(text.trim() === chosenName ? '' : text.trim(), 200);
  const { options, loading } = useOptions(search, !open);
  const entries: (Option | null)[] = [null, ...options];
  const listId = `${id}-options`;
  const shownText = open ? text : value ? chosenName : '';

  const choose = (option: Option | null) => {
    setChosenName(option?.name ?? '');
    setText(option?.name ?? '');
    setOpen(false);
    if ((option?.id ?? null) !== value) onChange(option?.id ?? null);
  };
  const openList = () => {
    if (open) return;
    setText(value ? chosenName : '');
    setActive(0);
    setOpen(true);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) return openList();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((a) => Math.min(entries.length - 1, Math.max(0, a + step)));
    } else if (event.key === 'Enter' && open) {
      event.preventDefault();
      if (active < entries.length) choose(entries[active]);
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      setOpen(false);
    }
  };

  return (
    <div className="filter search-combobox">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={any}
        value={shownText}
        onFocus={openList}
        onClick={openList}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
        onChange={(event) => {
          setText(event.target.value);
          setActive(event.target.value.trim() ? 1 : 0);
          setOpen(true);
        }}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label={label} aria-busy={loading} className="search-combobox-options">
          {entries.map((option, i) => (
            <li
              key={option?.id ?? ''}
              id={`${listId}-${i}`}
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
          {!loading && !options.length && (
            <li role="option" aria-selected={false} aria-disabled="true" className="muted">
              No matches
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
