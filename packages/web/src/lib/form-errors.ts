import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { DisplayError } from './errors';

/**
 * Puts the API's field errors (`extensions.fields`, keyed by input path) on the form's fields:
 * `input.email` or `email` -> the `email` field. Returns the keys that matched no field, so the
 * caller can leave them to the form-level alert.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: DisplayError,
  fieldNames: readonly Path<T>[],
  setError: UseFormSetError<T>,
): string[] {
  const unmatched: string[] = [];
  for (const [key, message] of Object.entries(error.fields)) {
    const name = key.replace(/^input\./, '') as Path<T>;
    if (fieldNames.includes(name)) setError(name, { type: 'server', message });
    else unmatched.push(key);
  }
  return unmatched;
}
