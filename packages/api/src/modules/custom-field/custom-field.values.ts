import { EntityManager } from 'typeorm';
import { FieldChange } from '../../common/change-log';
import { FieldCheck } from '../../common/errors';
import { checkId } from '../../common/ids';
import { insertRows } from '../../common/insert-rows';
import { isMysql } from '../../common/transaction';
import { UserCustomField, UserCustomValue } from './custom-field.entity';
import { CUSTOM_FIELD_LIMITS, logField, normaliseValue } from './custom-field.rules';
import { inList } from '../../common/relations';

/** One value to set: `value` null (or blank) clears it. */
export interface CustomFieldValueFields {
  fieldId: string | number;
  value?: string | null;
}

/** A validated value of a user's custom field (null: clear). */
export interface CustomValueChange {
  field: UserCustomField;
  value: string | null;
}

/**
 * Definitions by id, read under a shared lock on MySQL: a field cannot be deleted (or its options
 * changed) between validating a value against it and writing the value.
 */
async function lockedFields(em: EntityManager, ids: number[]): Promise<Map<number, UserCustomField>> {
  if (!ids.length) return new Map();
  // LOCK IN SHARE MODE, which MariaDB and MySQL 8 both accept (TypeORM writes FOR SHARE, which MariaDB refuses).
  if (isMysql(em))
    await em.query(`SELECT id FROM user_custom_field WHERE id IN (${ids.map(() => '?').join(', ')}) LOCK IN SHARE MODE`, ids);
  return new Map((await em.findBy(UserCustomField, { id: inList(ids) })).map((f) => [f.id, f]));
}

/**
 * Validates `customFields` of a user input into `fc` (paths `customFields.<i>.fieldId` and
 * `customFields.<i>.value` under the input); undefined when not given.
 */
export async function checkCustomValues(
  fc: FieldCheck,
  em: EntityManager,
  input: readonly (CustomFieldValueFields | null)[] | null | undefined,
): Promise<CustomValueChange[] | undefined> {
  if (input === undefined || input === null) return undefined;
  if (!fc.check(input.length <= CUSTOM_FIELD_LIMITS.values, 'customFields', `must have at most ${CUSTOM_FIELD_LIMITS.values} items`))
    return undefined;
  const ids = input.map((item, i) => (item ? checkId(fc, item.fieldId, `customFields.${i}.fieldId`) : undefined));
  const fields = await lockedFields(em, [...new Set(ids.filter((id): id is number => id !== undefined))]);
  const seen = new Set<number>();
  const out: CustomValueChange[] = [];
  input.forEach((item, i) => {
    const id = ids[i];
    if (!item || id === undefined) return;
    const field = fields.get(id);
    if (!fc.check(!!field, `customFields.${i}.fieldId`, 'is not a custom field')) return;
    if (!fc.check(!seen.has(id), `customFields.${i}.fieldId`, 'is given twice')) return;
    seen.add(id);
    if (!fc.check(field!.enabled, `customFields.${i}.fieldId`, `names the disabled field ${field!.name}`)) return;
    const r = normaliseValue(field!, item.value);
    if ('problem' in r) fc.check(false, `customFields.${i}.value`, r.problem);
    else out.push({ field: field!, value: r.value });
  });
  return out;
}

/** Writes validated values of one user; returns the change-log entries (`custom:<Name>`) of those that changed. */
export async function writeCustomValues(
  em: EntityManager,
  userId: number,
  changes: readonly CustomValueChange[] | undefined,
): Promise<FieldChange[]> {
  if (!changes?.length) return [];
  const ids = changes.map((c) => c.field.id);
  const before = new Map((await em.findBy(UserCustomValue, { userId, fieldId: inList(ids) })).map((v) => [v.fieldId, v.value]));
  const log: FieldChange[] = [];
  const cleared: number[] = [];
  const updated: UserCustomValue[] = [];
  const inserted: UserCustomValue[] = [];
  for (const { field, value } of changes) {
    const old = before.get(field.id) ?? null;
    if (old === value) continue;
    log.push({ field: logField(field.name), oldValue: old, newValue: value });
    if (value === null) cleared.push(field.id);
    else (old === null ? inserted : updated).push({ userId, fieldId: field.id, value });
  }
  if (cleared.length) await em.delete(UserCustomValue, { userId, fieldId: inList(cleared) });
  for (const v of updated) await em.update(UserCustomValue, { userId, fieldId: v.fieldId }, { value: v.value });
  await insertRows(em, UserCustomValue, ['userId', 'fieldId', 'value'], inserted);
  return log;
}

/**
 * A merge: the target takes the source's values of fields it has no value for (the source keeps its
 * rows, hidden with it). Returns what was filled, by field id, for the undo, and the log entries.
 */
export async function fillCustomValues(
  em: EntityManager,
  sourceId: number,
  targetId: number,
): Promise<{ filled: Record<string, string>; changes: FieldChange[] }> {
  const source = await em.findBy(UserCustomValue, { userId: sourceId });
  const had = new Set((await em.findBy(UserCustomValue, { userId: targetId })).map((v) => v.fieldId));
  const rows = source.filter((v) => !had.has(v.fieldId)).map((v) => ({ userId: targetId, fieldId: v.fieldId, value: v.value }));
  await insertRows(em, UserCustomValue, ['userId', 'fieldId', 'value'], rows);
  const names = await fieldNames(
    em,
    rows.map((r) => r.fieldId),
  );
  return {
    filled: Object.fromEntries(rows.map((r) => [String(r.fieldId), r.value])),
    changes: rows.map((r) => ({ field: logField(names.get(r.fieldId) ?? `#${r.fieldId}`), oldValue: null, newValue: r.value })),
  };
}

/** Undoes fillCustomValues: the target loses each filled value that nobody has changed since. */
export async function unfillCustomValues(
  em: EntityManager,
  targetId: number,
  filled: Record<string, string> | undefined,
): Promise<FieldChange[]> {
  const entries = Object.entries(filled ?? {});
  if (!entries.length) return [];
  const now = new Map(
    (await em.findBy(UserCustomValue, { userId: targetId, fieldId: inList(entries.map(([id]) => +id)) })).map((v) => [v.fieldId, v.value]),
  );
  const back = entries.filter(([id, value]) => now.get(+id) === value).map(([id, value]) => ({ fieldId: +id, value }));
  if (back.length) await em.delete(UserCustomValue, { userId: targetId, fieldId: inList(back.map((b) => b.fieldId)) });
  const names = await fieldNames(
    em,
    back.map((b) => b.fieldId),
  );
  return back.map((b) => ({ field: logField(names.get(b.fieldId) ?? `#${b.fieldId}`), oldValue: b.value, newValue: null }));
}

async function fieldNames(em: EntityManager, ids: number[]): Promise<Map<number, string>> {
  if (!ids.length) return new Map();
  return new Map((await em.findBy(UserCustomField, { id: inList(ids) })).map((f) => [f.id, f.name]));
}

/** Values of users, by user id, with their (enabled) fields in field order: the User.customFields loader's batch. */
export async function customValuesOfUsers(
  em: EntityManager,
  userIds: readonly number[],
): Promise<Map<number, { field: UserCustomField; value: string }[]>> {
  const values = await em.findBy(UserCustomValue, { userId: inList([...userIds]) });
  const fields = new Map((await em.findBy(UserCustomField, { enabled: true })).map((f) => [f.id, f]));
  const out = new Map<number, { field: UserCustomField; value: string }[]>(userIds.map((id) => [id, []]));
  for (const v of values) {
    const field = fields.get(v.fieldId);
    if (field) out.get(v.userId)?.push({ field, value: v.value });
  }
  for (const list of out.values()) list.sort((a, b) => a.field.position - b.field.position || a.field.id - b.field.id);
  return out;
}
