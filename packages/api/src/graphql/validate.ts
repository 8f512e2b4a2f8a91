import { getMetadataStorage, validate, ValidationError, ValidationTypes } from 'class-validator';
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

/** The properties a class's rules look at (its own and inherited), or null: validate whatever the values. */
const ruled = new WeakMap<Function, string[] | null>();

function ruledProperties(target: Function): string[] | null {
  let props = ruled.get(target);
  if (props === undefined) {
    const rules = getMetadataStorage().getTargetValidationMetadatas(target, '', true, false);
    // IsDefined runs on a missing value too; every other rule is skipped for null and undefined
    // (skipMissingProperties below, class-validator's ValidationExecutor.performValidations).
    props = rules.some((r) => r.type === ValidationTypes.IS_DEFINED || typeof r.propertyName !== 'string')
      ? null
      : [...new Set(rules.map((r) => r.propertyName))];
    ruled.set(target, props);
  }
  return props;
}

/**
 * Whether validate() could find anything in the item: not when no property that has a rule holds
 * a value (the agents list's `orderBy` has no rule at all; its `filter: {}` none set), which is
 * decided without class-validator's metadata lookup, walked on every call.
 */
function mayFail(item: object): boolean {
  const target = item.constructor;
  if (typeof target !== 'function') return true;
  const props = ruledProperties(target);
  return (
    props === null || props.some((p) => (item as Record<string, unknown>)[p] !== undefined && (item as Record<string, unknown>)[p] !== null)
  );
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
    if (!item || typeof item !== 'object' || !mayFail(item)) continue;
    const errors = await validate(item, { skipMissingProperties: true, forbidUnknownValues: false });
    flatten(errors, Array.isArray(argValue) ? `${prefix}.${i}` : prefix, fields);
  }
  if (Object.keys(fields).length) throw badInput(fields);
}
