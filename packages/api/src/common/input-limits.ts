import { getMetadataStorage } from 'type-graphql';
import { PERMISSION_CATALOG } from '@roster/shared';

/**
 * Size limits on what a client may send, declared here (input classes use `MaxItems`) and
 * enforced before execution by the operation checks (src/graphql/plugins/list-sizes.ts).
 */

/** Ordinary GraphQL request bodies (a CSV import gets its own upload path). */
export const MAX_BODY_BYTES = 1024 * 1024;
/** Any list argument or input field without a smaller limit of its own (ids of agents, teams...). */
export const DEFAULT_MAX_ITEMS = 1000;
export const MAX_NOTIFICATION_SETTINGS = 100;
export const MAX_EXTRA_EMAILS = 20;
/** Room for every catalogue key (and some repeats), however the catalogue grows. */
export const MAX_PERMISSION_KEYS = Math.max(100, 2 * PERMISSION_CATALOG.length);

// Limits declared on input classes. type-graphql does not carry field extensions into subclasses
// (CreateAgentInput extends AgentFieldsInput), so they are kept here and looked up through the
// class behind each GraphQL input type, base classes included.
const declared = new Map<Function, Map<string, number>>();

/** Declares a smaller item limit on a list field of an input class (enforced by the operation checks, src/graphql/plugins/list-sizes.ts). */
export function MaxItems(n: number): PropertyDecorator {
  return (proto, property) => {
    const byField = declared.get(proto.constructor) ?? new Map<string, number>();
    declared.set(proto.constructor, byField.set(String(property), n));
  };
}

let classesByTypeName: Map<string, Function> | null = null;

/** The item limit of a list field of a GraphQL input type (list arguments have the default). */
export function limitOf(inputType: string, field: string): number {
  classesByTypeName ??= new Map(getMetadataStorage().inputTypes.map((t) => [t.name, t.target]));
  for (let c = classesByTypeName.get(inputType); c && c !== Function.prototype; c = Object.getPrototypeOf(c)) {
    const n = declared.get(c)?.get(field);
    if (n !== undefined) return n;
  }
  return DEFAULT_MAX_ITEMS;
}
