import { getMetadataStorage, validate, ValidationError } from 'class-validator';
import { getNamedType, GraphQLResolveInfo } from 'graphql';
import { badInput, FieldErrors } from '../common/errors';

/** The argument of the current field whose input type is `argType` (the path prefix of its field errors). */
function argName(info: GraphQLResolveInfo, argType: unknown): string {
  const args = info.parentType.getFields()[info.fieldName]?.args ?? [];
  const name = (argType as { name?: string })?.name;
  return args.find((a) => getNamedType(a.type).name === name)?.name ?? args[0]?.name ?? 'input';
}

// class-validator messages start with the property name ("alias must be shorter than ..."):
// the field path names it already, so the phrase keeps only the rest.
function flatten(errors: ValidationError[], prefix: string, out: FieldErrors): void {
  for (const e of errors) {
    const key = `${prefix}.${e.property}`;
    const msgs = Object.values(e.constraints ?? {}).map((m) => (m.startsWith(`${e.property} `) ? m.slice(e.property.length + 1) : m));
    if (msgs.length && !out[key]) out[key] = msgs.join('; ');
    if (e.children?.length) flatten(e.children, key, out);
  }
}

const withRules = new WeakMap<Function, boolean>();

/**
 * Whether class-validator has any rule for the item's class (its own or inherited): without one,
 * validate() finds nothing (unknown values are allowed: forbidUnknownValues false), so it is not
 * called (the agents list's orderBy on every request).
 */
function hasRules(item: object): boolean {
  const target = item.constructor;
  if (typeof target !== 'function') return true;
  let found = withRules.get(target);
  if (found === undefined) {
    found = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false).length > 0;
    withRules.set(target, found);
  }
  return found;
}

/**
 * type-graphql's validateFn: class-validator rules of input types, answered in the one field-error
 * format (`input.alias: must be shorter than ...`), every bad field of the argument at once.
 * Explicit nulls are left to the services (null clears an optional field).
 */
export async function validateArg(argValue: unknown, argType: unknown, resolverData: { info: GraphQLResolveInfo }): Promise<void> {
  if (argValue === null || typeof argValue !== 'object') return;
  const prefix = argName(resolverData.info, argType);
  const fields: FieldErrors = {};
  const items = Array.isArray(argValue) ? argValue : [argValue];
  for (let i = 0; i < items.length; i++) {
    const item: unknown = items[i];
    if (!item || typeof item !== 'object' || !hasRules(item)) continue;
    const errors = await validate(item, { skipMissingProperties: true, forbidUnknownValues: false });
    flatten(errors, Array.isArray(argValue) ? `${prefix}.${i}` : prefix, fields);
  }
  if (Object.keys(fields).length) throw badInput(fields);
}
