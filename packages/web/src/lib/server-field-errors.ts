import type { DisplayError } from './errors';

/**
 * Splits the API's field errors (`input.email`, `input.teamIds.2`) into those of a form's own
 * fields (keyed by the form's field name, `email`, `teamIds`) and the rest.
 */
export function formFieldErrors<Name extends string>(
  error: DisplayError,
  fieldNames: readonly Name[],
  prefix = 'input.',
): {
  fields: Partial<Record<Name, string>>;
  unmatched: Record<string, string>;
  /** All of them, the form's own keyed `input.<name>` (one per field), for FormAlert. */
  byPath: Record<string, string>;
} {
  const known = new Set<string>(fieldNames);
  const fields: Partial<Record<Name, string>> = {};
  const unmatched: Record<string, string> = {};
  for (const [path, message] of Object.entries(error.fields)) {
    const name = path.startsWith(prefix) ? path.slice(prefix.length).split('.')[0] : '';
    if (known.has(name)) fields[name as Name] ??= message;
    else unmatched[path] = message;
  }
  const byPath: Record<string, string> = { ...unmatched };
  for (const [name, message] of Object.entries(fields)) byPath[`${prefix}${name}`] = message as string;
  return { fields, unmatched, byPath };
}
