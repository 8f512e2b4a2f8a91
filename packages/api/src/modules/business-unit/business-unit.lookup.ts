import { EntityManager } from 'typeorm';
import { FieldCheck } from '../../common/errors';
import { checkId } from '../../common/ids';
import { findByName } from '../../common/named-entity';
import { quoteValue } from '../../common/quote-input';
import { BusinessUnit } from './business-unit.entity';
import { inList } from '../../common/relations';

// What the agent side needs of business units (the agent form's validation, the change log, the CSV),
// apart from the unit service so that the agent module imports no file that imports it back.

/** The message for a name that is no unit (form and CSV): refused, never created on the fly. */
export const unknownUnitMessage = (name: string) =>
  `"${quoteValue(name)}" is not a business unit (an administrator adds it under Business units first)`;

/** Unit names by id, one SELECT (none for no ids). */
export async function unitNames(em: EntityManager, ids: readonly (number | null | undefined)[]): Promise<Map<number, string>> {
  const wanted = [...new Set(ids.filter((id): id is number => typeof id === 'number'))];
  if (!wanted.length) return new Map();
  return new Map((await em.findBy(BusinessUnit, { id: inList(wanted) })).map((u) => [u.id, u.name]));
}

/** Every unit by lower-cased name (the CSV import's lookup; at most MAX_BUSINESS_UNITS rows). */
export async function unitsByName(em: EntityManager): Promise<Map<string, number>> {
  return new Map((await em.find(BusinessUnit)).map((u) => [u.name.trim().toLowerCase(), u.id]));
}

/**
 * The agent input's unit: `businessUnitId` (null clears) or `businessUnit` by name (the contract's
 * text field; empty or null clears). Unknown ids and names are field errors; undefined: unchanged.
 */
export async function checkBusinessUnit(
  fc: FieldCheck,
  em: EntityManager,
  input: { businessUnit?: string | null; businessUnitId?: string | number | null },
): Promise<number | null | undefined> {
  const { businessUnit: name, businessUnitId: rawId } = input;
  if (rawId !== undefined && name !== undefined) {
    fc.check(false, 'businessUnitId', 'give businessUnitId or businessUnit (a name), not both');
    return undefined;
  }
  if (rawId !== undefined) {
    if (rawId === null) return null;
    const id = checkId(fc, rawId, 'businessUnitId');
    if (id === undefined) return undefined;
    const found = await em.existsBy(BusinessUnit, { id });
    return fc.check(found, 'businessUnitId', `unknown business unit id ${id}`) ? id : undefined;
  }
  if (name === undefined) return undefined;
  const trimmed = (name ?? '').trim();
  if (!trimmed) return null;
  const unit = await findByName(em, BusinessUnit, trimmed);
  return fc.check(!!unit, 'businessUnit', unknownUnitMessage(trimmed)) ? unit!.id : undefined;
}
