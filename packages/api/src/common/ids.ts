import { badInput } from './errors';

/** Parses a GraphQL ID into a positive integer, naming the field when it is not one. */
export function parseId(value: string | number, field = 'id'): number {
  const n = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(n) || n <= 0) throw badInput({ [field]: 'is not a valid id' });
  return n;
}

export const parseIds = (values: readonly (string | number)[] | null | undefined, field: string): number[] =>
  [...new Set((values ?? []).map((v) => parseId(v, field)))];

/** Like parseId but returns null for ids that cannot exist (queries answer null, not an error). */
export function tryParseId(value: string): number | null {
  const n = Number(value);
  return Number.isSafeInteger(n) && n > 0 ? n : null;
}
