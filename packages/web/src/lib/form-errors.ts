import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import type { DisplayError } from './errors';
import { formFieldErrors } from './server-field-errors';

/**
 * Puts the API's field errors (`extensions.fields`, keyed by input path) on react-hook-form
 * fields: with prefix `input.`, `input.email` lands on `email`; with prefix '' (top-level
 * arguments such as `createTeam(name)`), `name` on `name`. The rest stays for the form alert.
 */
export function applyServerFieldErrors<T extends FieldValues>(
  error: DisplayError,
  fieldNames: readonly Path<T>[],
  setError: UseFormSetError<T>,
  prefix = 'input.',
): void {
  const { fields } = formFieldErrors(error, fieldNames, prefix);
  for (const [name, message] of Object.entries(fields) as [Path<T>, string][]) setError(name, { type: 'server', message });
}
