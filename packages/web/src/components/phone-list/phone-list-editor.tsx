import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PHONES } from '@roster/shared';
import { fieldSentence } from '../../lib/errors';
import { defaultCountry, newRowKey, PHONE_LABELS, type PhoneRow } from './phone-rows';
import { PhoneNumberInput, PhonePreview } from './phone-number-input';

type RowErrors = Record<number, Partial<Record<'label' | 'country' | 'number', string>>>;

interface PhoneListEditorProps {
  /** The list's heading ("Phones"). */
  title: string;
  rows: PhoneRow[];
  onChange: (rows: PhoneRow[]) => void;
  /** Field errors by the index the API saw (blank rows are not sent) and field. */
  errors?: RowErrors;
  /** An error of the whole list ("must list at most 10 phones"). */
  listError?: string;
  readOnly?: boolean;
  hint?: string;
}

/**
 * Phones as rows `[country +44] [number] [label] [Remove]` and "+ Add": the country picker is a
 * native select (every region, typing its name jumps to it), so keyboards and screen readers
 * get the platform's own control.
 */
export function PhoneListEditor({ title, rows, onChange, errors = {}, listError, readOnly, hint }: PhoneListEditorProps) {
  const { t } = useTranslation('crm');
  const headingId = useId();
  const addRef = useRef<HTMLButtonElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  // Where the focus goes after the rows re-render: the new row's number, or "+ Add" after a removal.
  const focus = useRef<'last' | 'add' | null>(null);
  // The API numbers the rows it was sent: blank rows are not.
  const sent = rows.flatMap((r, i) => (r.number.trim() ? [i] : []));
  const byRow: RowErrors = Object.fromEntries(Object.entries(errors).map(([i, e]) => [sent[Number(i)] ?? Number(i), e]));

  useEffect(() => {
    if (focus.current === 'last') listRef.current?.querySelector<HTMLInputElement>('li:last-child input[type="tel"]')?.focus();
    if (focus.current === 'add') addRef.current?.focus();
    focus.current = null;
  }, [rows]);

  const update = (i: number, patch: Partial<PhoneRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  const add = () => {
    const country = rows.at(-1)?.country || defaultCountry();
    onChange([...rows, { key: newRowKey(), label: rows.length ? 'WORK' : 'MOBILE', country, number: '' }]);
    focus.current = 'last';
  };
  const remove = (i: number) => {
    onChange(rows.filter((_, j) => j !== i));
    focus.current = 'add';
  };

  return (
    <section className="phone-list" aria-labelledby={headingId}>
      <h2 id={headingId} className="phone-list-title">
        {title}
      </h2>
      {hint && <p className="field-hint">{hint}</p>}
      {listError && <p className="field-error">{fieldSentence(title, listError)}</p>}
      {rows.length === 0 ? (
        <p className="muted">{t('phones.none')}</p>
      ) : (
        <ul className="phone-list-rows" ref={listRef}>
          {rows.map((row, i) => (
            <PhoneRowFields
              key={row.key}
              row={row}
              n={i + 1}
              errors={byRow[i] ?? {}}
              readOnly={readOnly}
              onChange={(patch) => update(i, patch)}
              onRemove={() => remove(i)}
            />
          ))}
        </ul>
      )}
      {!readOnly && (
        <button
          type="button"
          ref={addRef}
          className="button button-secondary button-small"
          onClick={add}
          disabled={rows.length >= MAX_PHONES}
        >
          {t('phones.add')}
          <span className="visually-hidden"> {t('phones.addWhat')}</span>
        </button>
      )}
      {!readOnly && rows.length >= MAX_PHONES && <p className="field-hint">{t('phones.atMost', { max: MAX_PHONES })}</p>}
    </section>
  );
}

interface RowProps {
  row: PhoneRow;
  n: number;
  errors: Partial<Record<'label' | 'country' | 'number', string>>;
  readOnly?: boolean;
  onChange: (patch: Partial<PhoneRow>) => void;
  onRemove: () => void;
}

function PhoneRowFields({ row, n, errors, readOnly, onChange, onRemove }: RowProps) {
  const { t } = useTranslation('crm');
  const errorId = useId();
  const problems = (['country', 'number', 'label'] as const).filter((f) => errors[f]);
  const described = problems.length ? errorId : undefined;
  return (
    <li className="phone-row">
      <PhoneNumberInput
        value={row}
        onChange={onChange}
        countryLabel={t('phones.countryOf', { n })}
        numberLabel={t('phones.numberOf', { n })}
        placeholder={t('phones.field.number')}
        invalid={{ country: !!errors.country, number: !!errors.number }}
        describedBy={described}
        readOnly={readOnly}
      />
      <select
        className="phone-row-label"
        aria-label={t('phones.labelOf', { n })}
        value={row.label}
        disabled={readOnly}
        aria-invalid={errors.label ? true : undefined}
        onChange={(e) => onChange({ label: e.target.value as PhoneRow['label'] })}
      >
        {PHONE_LABELS.map((l) => (
          <option key={l} value={l}>
            {t(`phones.labels.${l}`)}
          </option>
        ))}
      </select>
      {!readOnly && (
        <button type="button" className="button button-secondary button-small" aria-label={t('phones.removeOf', { n })} onClick={onRemove}>
          {t('phones.remove')}
        </button>
      )}
      <PhonePreview value={row} />
      {described && (
        <p id={errorId} className="field-error">
          {problems.map((f) => fieldSentence(t(`phones.field.${f}`), errors[f]!)).join(' ')}
        </p>
      )}
    </li>
  );
}
