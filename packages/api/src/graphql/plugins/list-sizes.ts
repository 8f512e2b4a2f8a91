import {
  DocumentNode,
  getNullableType,
  GraphQLInputField,
  GraphQLInputObjectType,
  GraphQLInputType,
  GraphQLSchema,
  isInputObjectType,
  isListType,
  Kind,
  TypeInfo,
  ValueNode,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import type { FieldErrors } from '../../common/errors';
import { DEFAULT_MAX_ITEMS, limitOf } from '../../common/input-limits';

/**
 * Size limits on what a client may send (src/common/input-limits.ts). Lists are checked in
 * `didResolveOperation`, which runs after parsing and validating the (small) query document but
 * before graphql-js coerces the variables and before type-graphql copies arguments into input
 * classes and runs class-validator: those steps walk every item, so a 150,000-item list cost
 * seconds there. An oversized list is a BAD_USER_INPUT naming the field, before any of that work.
 */

const join = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
// Enough to name the problem; a hostile input must not produce one error per item.
const MAX_REPORTED = 10;

/**
 * For each input object type of the schema, its fields whose values can hold a list (a list type,
 * or an input object type that can, at any depth): the only ones a variable's value is walked
 * into. Input types may be recursive, so this is a fixed point over the schema's input types,
 * computed once per schema (the agents list's `filter: {}` walked its 15 fields on every request).
 */
const listFieldsOf = new WeakMap<GraphQLSchema, Map<GraphQLInputObjectType, GraphQLInputField[]>>();

function listFields(schema: GraphQLSchema): Map<GraphQLInputObjectType, GraphQLInputField[]> {
  let found = listFieldsOf.get(schema);
  if (found) return found;
  const inputs = Object.values(schema.getTypeMap()).filter(isInputObjectType);
  const holding = new Set<GraphQLInputObjectType>();
  const holds = (type: GraphQLInputType): boolean => {
    const t = getNullableType(type);
    return isListType(t) || (isInputObjectType(t) && holding.has(t));
  };
  for (let grown = true; grown;) {
    grown = false;
    for (const t of inputs) {
      if (!holding.has(t) && Object.values(t.getFields()).some((f) => holds(f.type))) {
        holding.add(t);
        grown = true;
      }
    }
  }
  found = new Map(inputs.map((t) => [t, Object.values(t.getFields()).filter((f) => holds(f.type))]));
  listFieldsOf.set(schema, found);
  return found;
}

class ListCheck {
  readonly errors: FieldErrors = {};
  constructor(
    private readonly variables: Record<string, unknown>,
    private readonly lists: Map<GraphQLInputObjectType, GraphQLInputField[]>,
  ) {}

  private tooLong(path: string, length: number, limit: number): boolean {
    if (length <= limit) return false;
    if (Object.keys(this.errors).length < MAX_REPORTED) this.errors[path || 'input'] ??= `must have at most ${limit} items (got ${length})`;
    return true;
  }

  /** Whether a value of this type can hold a list (else nothing in it is walked). */
  private canHold(type: GraphQLInputType): boolean {
    const t = getNullableType(type);
    return isListType(t) || (isInputObjectType(t) && (this.lists.get(t)?.length ?? 1) > 0);
  }

  /** A runtime value (from the variables) against the type of the position it fills. */
  value(value: unknown, type: GraphQLInputType, limit: number, path: string): void {
    const t = getNullableType(type);
    if (isListType(t)) {
      if (!Array.isArray(value)) return this.value(value, t.ofType, DEFAULT_MAX_ITEMS, path);
      if (this.tooLong(path, value.length, limit) || !this.canHold(t.ofType)) return;
      value.forEach((item, i) => this.value(item, t.ofType, DEFAULT_MAX_ITEMS, join(path, i)));
    } else if (isInputObjectType(t) && value && typeof value === 'object') {
      for (const field of this.lists.get(t) ?? Object.values(t.getFields())) {
        const v = (value as Record<string, unknown>)[field.name];
        if (v !== undefined && v !== null) this.value(v, field.type, limitOf(t.name, field.name), join(path, field.name));
      }
    }
  }

  /** A literal in the query document; variables inside it are checked where they are used. */
  literal(node: ValueNode, type: GraphQLInputType, limit: number, path: string): void {
    if (node.kind === Kind.VARIABLE) return this.value(this.variables[node.name.value], type, limit, path);
    const t = getNullableType(type);
    if (isListType(t)) {
      if (node.kind !== Kind.LIST) return this.literal(node, t.ofType, DEFAULT_MAX_ITEMS, path);
      if (this.tooLong(path, node.values.length, limit)) return;
      node.values.forEach((item, i) => this.literal(item, t.ofType, DEFAULT_MAX_ITEMS, join(path, i)));
    } else if (isInputObjectType(t) && node.kind === Kind.OBJECT) {
      const fields = t.getFields();
      for (const f of node.fields) {
        const field = fields[f.name.value];
        if (field) this.literal(f.value, field.type, limitOf(t.name, field.name), join(path, f.name.value));
      }
    }
  }
}

// Field errors name input paths like every other field error: `input.otherNotifications`,
// `targetAgentIds`.

/** An argument of the document: its value (a literal or a variable), its type and its name. */
interface ArgumentSite {
  value: ValueNode;
  type: GraphQLInputType;
  name: string;
}

const sitesOf = new WeakMap<GraphQLSchema, WeakMap<DocumentNode, ArgumentSite[]>>();

/**
 * Every argument of the document in document order, with its type: walked once per document (a
 * document is parsed once per text and kept: executable-cache.ts, Apollo's document store), so that
 * a request with variables checks only its values.
 */
function argumentSites(schema: GraphQLSchema, document: DocumentNode): ArgumentSite[] {
  let bySchema = sitesOf.get(schema);
  if (!bySchema) sitesOf.set(schema, (bySchema = new WeakMap()));
  let sites = bySchema.get(document);
  if (!sites) {
    const found: ArgumentSite[] = [];
    const typeInfo = new TypeInfo(schema);
    visit(
      document,
      visitWithTypeInfo(typeInfo, {
        Argument(node) {
          const arg = typeInfo.getArgument();
          if (arg) found.push({ value: node.value, type: arg.type, name: arg.name });
        },
      }),
    );
    bySchema.set(document, (sites = found));
  }
  return sites;
}

/**
 * Field errors for every list in the document's arguments that exceeds its limit, with the
 * variables they use checked where they are used (validation has refused unused variables).
 */
export function checkListSizes(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown>): FieldErrors {
  const check = new ListCheck(variables, listFields(schema));
  for (const site of argumentSites(schema, document)) check.literal(site.value, site.type, DEFAULT_MAX_ITEMS, site.name);
  return check.errors;
}
