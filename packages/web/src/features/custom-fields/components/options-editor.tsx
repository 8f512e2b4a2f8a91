import { useTranslation } from 'react-i18next';
import { useId } from 'react';

/** One dropdown option as edited: `from` is its saved name (null for a new one), so that renames are known. */
export interface OptionRow {
  key: number;
  from: string | null;
  value: string;
}

let nextKey = 0;
export const optionRows = (options: readonly string[]): OptionRow[] => options.map((o) => ({ key: ++nextKey, from: o, value: o }));
export const newOptionRow = (): OptionRow => ({ key: ++nextKey, from: null, value: '' });

interface Props {
  rows: OptionRow[];
  onChange: (rows: OptionRow[]) => void;
  /** Field errors by row index, and one for the list. */
  errors: Record<number, string>;
  listError?: string;
}

/** The options of a dropdown: each a text box (renaming keeps users' choices), remove, add. */
export function OptionsEditor({ rows, onChange, errors, listError }: Props) {
  const id = useId();
  const { t } = useTranslation(['customFields', 'common']);
  const set = (i: number, row: OptionRow | null) => {
    const next = [...rows];
    if (row) next[i] = row;
    else next.splice(i, 1);
    onChange(next);
  };
  return (
    <fieldset className="options-editor" aria-describedby={listError ? `${id}-error` : `${id}-hint`}>
      <legend>{t('options.legend')}</legend>
      <p id={`${id}-hint`} className="field-hint">
        {t('options.hint')}
      </p>
      <ol>
        {rows.map((row, i) => (
          <li key={row.key}>
            <div className="field">
              <label htmlFor={`${id}-${row.key}`} className="visually-hidden">
                {t('options.option', { n: i + 1 })}
              </label>
              <input
                id={`${id}-${row.key}`}
                value={row.value}
                aria-invalid={errors[i] ? true : undefined}
                aria-describedby={errors[i] ? `${id}-${row.key}-error` : undefined}
                onChange={(e) => set(i, { ...row, value: e.target.value })}
              />
              {errors[i] && (
                <p id={`${id}-${row.key}-error`} className="field-error">
                  {t('options.optionError', { n: i + 1, error: errors[i] })}
                </p>
              )}
            </div>
            <button
              type="button"
              className="button button-secondary button-small"
              aria-label={t('options.remove', { n: i + 1 })}
              onClick={() => set(i, null)}
            >
              {t('common:remove')}
            </button>
          </li>
        ))}
      </ol>
      {listError && (
        <p id={`${id}-error`} className="field-error">
          {t('options.listError', { error: listError })}
        </p>
      )}
      <button type="button" className="button button-secondary button-small" onClick={() => onChange([...rows, newOptionRow()])}>
        {t('options.add')}
      </button>
    </fieldset>
  );
}
