import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldSentence } from '../lib/errors';
import { ArrowDown } from 'lucide-react';

export interface MultiSelectOption {
  value: string;
  label: string;
  /** A short note after the label, e.g. "built-in". */
  note?: string;
}

interface MultiSelectProps {
  label: string;
  options: MultiSelectOption[];
  value: string[];
  onChange: (value: string[]) => void;
  /** A fragment that follows the label ("has an unknown id"). */
  error?: string;
  hint?: string;
  /** Shown instead of the list when there are no options. */
  emptyText?: string;
}

/** Lists longer than this get a filter box, and scroll within a box of their own; shorter ones show every option. */
const FILTER_FROM = 8;

/**
 * Checkboxes in a fieldset with a count ("2 of 6 selected"), select all / clear, and a
 * "show only selected" switch: plain form controls, so it works with any assistive technology.
 */
export function MultiSelect({ label, options, value, onChange, error, hint, emptyText }: MultiSelectProps) {
  const { t, i18n } = useTranslation('common');
  // English runs the label into a sentence in lower case ("Filter teams"); German keeps its nouns' capitals.
  const labelInText = i18n.language === 'en' ? label.toLowerCase() : label;
  const id = useId();
  const [onlySelected, setOnlySelected] = useState(false);
  const [query, setQuery] = useState('');
  const chosen = new Set(value);
  const needle = query.trim().toLowerCase();
  const shown = options.filter(
    (option) => (!onlySelected || chosen.has(option.value)) && (!needle || option.label.toLowerCase().includes(needle)),
  );
  const allSelected = options.length > 0 && options.every((option) => chosen.has(option.value));
  const countId = `${id}-count`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;

  // A long list scrolls inside its box: say so in words too, since scroll bars can be hidden.
  const listRef = useRef<HTMLUListElement>(null);
  const [overflows, setOverflows] = useState(false);
  const scrolls = options.length > FILTER_FROM;
  useLayoutEffect(() => {
    const list = listRef.current;
    setOverflows(!!list && scrolls && list.scrollHeight > list.clientHeight + 1);
  }, [scrolls, shown.length]);

  const toggle = (optionValue: string) =>
    onChange(chosen.has(optionValue) ? value.filter((v) => v !== optionValue) : [...value, optionValue]);
  // Keeps the options' order, whatever the order they were ticked in.
  const selectAll = () => onChange(options.map((option) => option.value));

  return (
    <fieldset
      className="multi-select"
      aria-describedby={[countId, hintId, errorId].filter(Boolean).join(' ')}
      aria-invalid={error ? true : undefined}
    >
      <legend>{label}</legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {options.length === 0 ? (
        <p className="field-hint">{emptyText ?? t('multiSelect.empty')}</p>
      ) : (
        <>
          <div className="multi-select-bar">
            <span id={countId} className="multi-select-count" aria-live="polite">
              {t('multiSelect.count', { selected: chosen.size, count: options.length })}
            </span>
            <button type="button" className="button button-subtle button-small" onClick={allSelected ? () => onChange([]) : selectAll}>
              {allSelected ? t('multiSelect.clearAll') : t('multiSelect.selectAll')}
            </button>
            <label className="multi-select-only">
              <input type="checkbox" checked={onlySelected} onChange={(event) => setOnlySelected(event.target.checked)} />
              {t('multiSelect.onlySelected')}
            </label>
          </div>
          {options.length > FILTER_FROM && (
            <input
              type="search"
              className="multi-select-filter"
              aria-label={t('multiSelect.filterLabel', { label: labelInText })}
              placeholder={t('multiSelect.filterPlaceholder')}
              value={query}
              onChange={(event) => setQuery(event.target.value)}
            />
          )}
          <ul ref={listRef} className={scrolls ? 'multi-select-list multi-select-scroll' : 'multi-select-list'}>
            {shown.map((option) => (
              <li key={option.value}>
                <label>
                  <input type="checkbox" checked={chosen.has(option.value)} onChange={() => toggle(option.value)} />
                  <span>
                    {option.label}
                    {option.note && <span className="multi-select-note"> {option.note}</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          {overflows && (
            <p className="field-hint multi-select-more">
              <ArrowDown aria-hidden="true" className="inline-icon" />
              {t('multiSelect.more', { count: shown.length, label: labelInText })}
            </p>
          )}
          {shown.length === 0 && (
            <p className="field-hint">{onlySelected && !needle ? t('multiSelect.noneSelected') : t('multiSelect.noMatch')}</p>
          )}
        </>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {fieldSentence(label, error)}
        </p>
      )}
    </fieldset>
  );
}
