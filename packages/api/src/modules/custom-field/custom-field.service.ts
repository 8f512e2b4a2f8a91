import { AppLockId } from '../../common/lock.entity';
import { takeLock } from '../../common/transaction';
import { EntityManager, MoreThan } from 'typeorm';
import { ChangeLogEntityType, recordChanges, recordChangesMany } from '../../common/change-log';
import { badInput, conflict, FieldCheck, forbidden, notFound, orConflict } from '../../common/errors';
import { checkIds, parseId } from '../../common/ids';
import type { ServiceContext } from '../../common/service';
import { isMysql } from '../../common/transaction';
import { actorPermissions } from '../permission/permission.check';
import { UserCustomField, UserCustomFieldType, UserCustomValue } from './custom-field.entity';
import { CUSTOM_FIELD_LIMITS as L, logField, nameKey } from './custom-field.rules';
import { inList } from '../../common/relations';

export interface CustomFieldDefinitionInput {
  name?: string | null;
  type?: UserCustomFieldType | null;
  description?: string | null;
  options?: string[] | null;
  renamedOptions?: { from: string; to: string }[] | null;
  position?: number | null;
  enabled?: boolean | null;
}

const LOGGED = ['name', 'description', 'options', 'position', 'enabled'] as const;
const taken = (name: string) =>
  conflict(`A user field named "${name}" already exists`, { 'input.name': 'is already used by another user field' });

/**
 * Definitions in order. Readable by admins (the admin page) and by agents who can see users
 * (people.view: the record shows them); a token reads them with users:read.
 */
export async function listCustomFields(sc: ServiceContext): Promise<UserCustomField[]> {
  if (sc.actor.kind !== 'SYSTEM' && !sc.actor.agent?.isAdmin && !(await actorPermissions(sc)).has('people.view'))
    throw forbidden('Your permissions do not include viewing users (people.view)');
  return sc.em.find(UserCustomField, { order: { position: 'ASC', id: 'ASC' } });
}

async function load(em: EntityManager, id: unknown): Promise<UserCustomField> {
  const row = await em.findOneBy(UserCustomField, { id: parseId(id) });
  if (!row) throw notFound('User field');
  return row;
}

/** Validated definition fields (paths under `input`); `current` is null on create. */
function checkDefinition(input: CustomFieldDefinitionInput, current: UserCustomField | null): Partial<UserCustomField> {
  const fc = new FieldCheck('input');
  const out: Partial<UserCustomField> = {};
  if (input.name !== undefined || !current) {
    const name = (input.name ?? '').trim();
    if (fc.check(!!name, 'name', 'must not be empty') && fc.check(name.length <= L.name, 'name', `must be at most ${L.name} characters`))
      fc.check(!/\p{Cc}/u.test(name), 'name', 'must be one line of text');
    out.name = name;
    out.nameKey = nameKey(name);
  }
  if (!current) fc.check(!!input.type && Object.values(UserCustomFieldType).includes(input.type), 'type', 'is required');
  const type = current?.type ?? input.type;
  if (input.description !== undefined) {
    const d = input.description?.trim() || null;
    fc.check(!d || d.length <= L.description, 'description', `must be at most ${L.description} characters`);
    out.description = d;
  }
  if (input.options !== undefined || !current) {
    const options = (input.options ?? []).map((o) => (o ?? '').trim());
    if (type === UserCustomFieldType.DROPDOWN) {
      fc.check(options.length > 0, 'options', 'must have at least one option');
      fc.check(options.length <= L.options, 'options', `must have at most ${L.options} options`);
      options.forEach((o, i) => {
        fc.check(!!o, `options.${i}`, 'must not be empty');
        fc.check(o.length <= L.option, `options.${i}`, `must be at most ${L.option} characters`);
        fc.check(options.findIndex((p) => p.toLowerCase() === o.toLowerCase()) === i, `options.${i}`, 'is listed twice');
      });
    } else fc.check(!options.length, 'options', 'are only for dropdown fields');
    out.options = options;
  }
  if (input.renamedOptions?.length) {
    const next = out.options ?? current?.options ?? [];
    input.renamedOptions.forEach((r, i) => {
      fc.check(!!current?.options.includes(r.from), `renamedOptions.${i}.from`, 'is not an option of this field');
      fc.check(input.renamedOptions!.findIndex((o) => o.from === r.from) === i, `renamedOptions.${i}.from`, 'is renamed twice');
      fc.check(next.includes(r.to), `renamedOptions.${i}.to`, 'must be one of the new options');
      // Renames run one after another: "A to B" while B exists (a swap, or two options made one) would mix their users.
      fc.check(
        r.to === r.from || !current?.options.includes(r.to),
        `renamedOptions.${i}.to`,
        'is already an option: rename that one first',
      );
    });
  }
  if (input.position !== undefined && input.position !== null) {
    fc.check(Number.isInteger(input.position) && input.position >= 0 && input.position <= 10_000, 'position', 'must be 0 to 10000');
    out.position = input.position;
  }
  if (input.enabled !== undefined) {
    if (fc.check(input.enabled !== null || !current, 'enabled', 'must be true or false')) out.enabled = input.enabled ?? true;
  }
  fc.throwIfAny();
  return out;
}

export async function createCustomField(sc: ServiceContext, { input }: { input: CustomFieldDefinitionInput }): Promise<UserCustomField> {
  const def = checkDefinition(input, null);
  // Under the catalogues lock: two racing creates at the cap apply in turn (clients read the whole list).
  await takeLock(sc.em, AppLockId.CATALOGUES);
  if ((await sc.em.count(UserCustomField)) >= L.fields) throw badInput({ input: `there can be at most ${L.fields} user fields` });
  if (await sc.em.findOneBy(UserCustomField, { nameKey: def.nameKey })) throw taken(def.name!);
  const last = await sc.em.findOne(UserCustomField, { where: {}, order: { position: 'DESC' }, select: { id: true, position: true } });
  const now = sc.clock();
  const { identifiers } = await orConflict(
    sc.em.insert(UserCustomField, {
      description: null,
      enabled: true,
      position: def.position ?? (last ? last.position + 1 : 0),
      ...def,
      type: input.type!,
      createdAt: now,
      updatedAt: now,
    }),
    () => taken(def.name!),
  );
  const field = await sc.em.findOneByOrFail(UserCustomField, { id: identifiers[0].id as number });
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER_CUSTOM_FIELD, field.id, [
    { field: 'created', oldValue: null, newValue: `${field.name} (${field.type})` },
  ]);
  return field;
}

export async function updateCustomField(
  sc: ServiceContext,
  args: { id: string; input: CustomFieldDefinitionInput },
): Promise<UserCustomField> {
  if (args.input.type !== undefined) throw badInput({ 'input.type': 'cannot change (values of the old type would not fit)' });
  const field = await lockField(sc.em, args.id);
  const def = checkDefinition(args.input, field);
  if (def.nameKey && def.nameKey !== field.nameKey) {
    const other = await sc.em.findOneBy(UserCustomField, { nameKey: def.nameKey });
    if (other && other.id !== field.id) throw taken(def.name!);
  }
  for (const r of args.input.renamedOptions ?? []) {
    if (r.from !== r.to) await sc.em.update(UserCustomValue, { fieldId: field.id, value: r.from }, { value: r.to });
  }
  if (def.options) {
    const kept = new Set(def.options);
    const removed = field.options.filter((o) => !kept.has(o) && !args.input.renamedOptions?.some((r) => r.from === o));
    if (removed.length) await clearValues(sc, field, removed);
  }
  const changes = LOGGED.filter((k) => k in def && JSON.stringify(def[k]) !== JSON.stringify(field[k])).map((k) => ({
    field: k,
    oldValue: field[k],
    newValue: def[k],
  }));
  if (!changes.length && !args.input.renamedOptions?.length) return field;
  await orConflict(sc.em.update(UserCustomField, field.id, { ...def, updatedAt: sc.clock() }), () => taken(def.name!));
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER_CUSTOM_FIELD, field.id, changes);
  return sc.em.findOneByOrFail(UserCustomField, { id: field.id });
}

/** Puts the fields in the order of `ids`, which must name each field once (positions 0, 1, ...). */
export async function reorderCustomFields(sc: ServiceContext, args: { ids: readonly string[] }): Promise<UserCustomField[]> {
  const fc = new FieldCheck();
  const ids = checkIds(fc, args.ids, 'ids');
  fc.throwIfAny();
  const fields = await sc.em.find(UserCustomField, { order: { position: 'ASC', id: 'ASC' } });
  const known = new Set(fields.map((f) => f.id));
  if (ids.length !== args.ids.length || ids.length !== fields.length || ids.some((id) => !known.has(id)))
    throw badInput({ ids: 'must list every user field once' });
  const moved = ids
    .map((id, position) => ({ field: fields.find((f) => f.id === id)!, position }))
    .filter((m) => m.field.position !== m.position);
  for (const m of moved) await sc.em.update(UserCustomField, m.field.id, { position: m.position });
  await recordChangesMany(
    sc.em,
    sc.actor,
    ChangeLogEntityType.USER_CUSTOM_FIELD,
    moved.map((m) => ({ entityId: m.field.id, changes: [{ field: 'position', oldValue: m.field.position, newValue: m.position }] })),
  );
  return listCustomFields(sc);
}

/** Deletes a definition with every user's value of it (each user's change log keeps the old value). */
export async function deleteCustomField(sc: ServiceContext, args: { id: string }): Promise<boolean> {
  const field = await lockField(sc.em, args.id);
  await clearValues(sc, field, null);
  await sc.em.delete(UserCustomField, field.id);
  await recordChanges(sc.em, sc.actor, ChangeLogEntityType.USER_CUSTOM_FIELD, field.id, [
    { field: 'deleted', oldValue: field.name, newValue: null },
  ]);
  return true;
}

/** The definition, locked on MySQL against value writes (they read it under a shared lock). */
async function lockField(em: EntityManager, id: unknown): Promise<UserCustomField> {
  if (!isMysql(em)) return load(em, id);
  const field = await em
    .createQueryBuilder(UserCustomField, 'f')
    .setLock('pessimistic_write')
    .where('f.id = :id', { id: parseId(id) })
    .getOne();
  if (!field) throw notFound('User field');
  return field;
}

const PAGE = 1000;

/** Removes the field's values (all, or those holding `values`), page by page, logging each on its user. */
async function clearValues(sc: ServiceContext, field: UserCustomField, values: string[] | null): Promise<void> {
  for (let after = 0; ;) {
    const rows = await sc.em.find(UserCustomValue, {
      where: { fieldId: field.id, userId: MoreThan(after), ...(values ? { value: inList(values) } : {}) },
      order: { userId: 'ASC' },
      take: PAGE,
    });
    if (!rows.length) return;
    await recordChangesMany(
      sc.em,
      sc.actor,
      ChangeLogEntityType.USER,
      rows.map((r) => ({ entityId: r.userId, changes: [{ field: logField(field.name), oldValue: r.value, newValue: null }] })),
    );
    await sc.em.delete(UserCustomValue, { fieldId: field.id, userId: inList(rows.map((r) => r.userId)) });
    after = rows[rows.length - 1].userId;
  }
}
