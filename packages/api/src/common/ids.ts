import { idNumber as toId } from '@roster/shared';
import { badInput, FieldCheck } from './errors';

const ID_MESSAGE = 'is not a valid id';

/** Every id the API receives goes through here: a positive integer, or BAD_USER_INPUT naming `field`. */
export function parseId(value: unknown, field = 'id'): number {
  const n = toId(value);
  if (n === null) throw badInput({ [field]: ID_MESSAGE });
  return n;
}

/** Like parseId, collecting the error in `fc` (so one answer names every bad field); undefined when bad. */
export function checkId(fc: FieldCheck, value: unknown, field: string): number | undefined {
  const n = toId(value);
  return fc.check(n !== null, field, ID_MESSAGE) ? n! : undefined;
}

/** A list of ids without duplicates; bad ones are reported in `fc` under `field`. */
export function checkIds(fc: FieldCheck, values: readonly unknown[] | null | undefined, field: string): number[] {
  const out = new Set<number>();
  for (const v of values ?? []) {
    const n = checkId(fc, v, field);
    if (n !== undefined) out.add(n);
  }
  return [...out];
}

/** Like checkIds, throwing at once. */
export function parseIds(values: readonly unknown[] | null | undefined, field: string): number[] {
  const fc = new FieldCheck();
  const ids = checkIds(fc, values, field);
  fc.throwIfAny();
  return ids;
}
