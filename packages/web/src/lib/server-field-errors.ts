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

const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/** A list position in words: 0 -> "first", … "tenth", then "11th", "22nd", "103rd". */
export function ordinal(index: number): string {
  if (index < ORDINAL_WORDS.length) return ORDINAL_WORDS[index];
  const n = index + 1;
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th')}`;
}

/** How a form names the items of one of its lists in an error. */
export interface ListItemWords {
  /** One item: "team", "address". */
  noun: string;
  /** The item's own name (a team's name, the address itself) when the form knows it. */
  nameOf?: (index: number) => string | undefined;
}

/**
 * Words for an API field path, never the path itself: `input.email` -> its label; an item of a
 * list (`input.teamIds.2`) -> "Teams: Night shift" when the form knows the item's name, else
 * "Teams: the third team". Undefined when the form has no label for the field.
 */
export function fieldPathLabel(
  path: string,
  labels: Readonly<Record<string, string>>,
  items: Readonly<Record<string, ListItemWords>> = {},
): string | undefined {
  if (labels[path]) return labels[path];
  const item = /^(.+)\.(\d+)$/.exec(path);
  const listLabel = item && labels[item[1]];
  if (!item || !listLabel) return undefined;
  const index = Number(item[2]);
  const words = items[item[1]];
  return `${listLabel}: ${words?.nameOf?.(index) ?? `the ${ordinal(index)} ${words?.noun ?? 'entry'}`}`;
}
