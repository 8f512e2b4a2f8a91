import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isEnumType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
  visit,
} from 'graphql';
import { MAX_PAGE_SIZE } from '../../common/pagination';
import { LIST_BOUNDS, STRING_CHARS, TEXT_BOUNDS } from './result-bounds';

/**
 * Depth and alias limits do not see list sizes: `viewer { teams { members { teams { members ... } } } }`
 * stays shallow yet multiplies rows at each level, and 15 aliases of a record's notes multiply
 * 10,000-character texts. This bounds what an operation can return from the schema alone, before
 * execution (so before any SQL): objects, multiplying by `first` on paginated fields and by the
 * enforced size of every other list (result-bounds.ts), and characters of the JSON answer, with each
 * string at its longest. Above MAX_RESULT_OBJECTS or MAX_RESULT_CHARS it is refused.
 */
export const MAX_RESULT_OBJECTS = 50_000;
/** About 16 MB of JSON (characters; UTF-8 text outside ASCII takes more bytes): a change-log page of 100 entries holds two whole signatures (60,000) each. */
export const MAX_RESULT_CHARS = 16_000_000;
/** A list field the bounds table does not know (a test keeps the table complete). */
const UNKNOWN_LIST = 1000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  /** Each fragment's size for one parent object (measured once per operation). */
  fragmentSizes: Map<string, Size>;
}

interface Size {
  objects: number;
  chars: number;
}

function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const arg = field.args.find((a) => a.name === 'first');
  if (!arg) return null;
  const given = node.arguments?.find((a) => a.name.value === 'first');
  return clampPage(given ? valueFromASTUntyped(given.value, variables) : arg.defaultValue);
}

/** A `first` value as the size counts it: a number within 1..MAX_PAGE_SIZE, anything else the largest page. */
function clampPage(value: unknown): number {
  const n = typeof value === 'number' ? value : MAX_PAGE_SIZE;
  return Math.max(1, Math.min(n, MAX_PAGE_SIZE));
}

/** Items of a list field (1 for a single value); a connection's `edges` are counted by the `first` above them. */
function itemsOf(w: Walk, type: GraphQLNamedType, field: GraphQLField<unknown, unknown>, node: FieldNode): number {
  const first = pageSize(field, node, w.variables);
  if (first !== null) return first;
  if (!isListType(getNullableType(field.type))) return 1;
  if (field.name === 'edges' && type.name.endsWith('Connection')) return 1;
  return LIST_BOUNDS[`${type.name}.${field.name}`] ?? UNKNOWN_LIST;
}

/** Characters of one value of a leaf field in JSON. */
function leafChars(type: GraphQLNamedType, field: GraphQLField<unknown, unknown>): number {
  const named = getNamedType(field.type);
  if (isEnumType(named)) return 2 + Math.max(...named.getValues().map((v) => v.name.length));
  switch (named.name) {
    case 'Int':
    case 'Float':
      return 24;
    case 'Boolean':
      return 5;
    case 'ID':
      return 24;
    case 'DateTime':
      return 26;
    default:
      return 2 + (TEXT_BOUNDS[`${type.name}.${field.name}`] ?? STRING_CHARS);
  }
}

function measure(w: Walk, set: SelectionSetNode, type: GraphQLNamedType, multiplier: number, seen: Set<string>, out: Size): void {
  if (!isObjectType(type)) return;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? (w.schema.getType(sel.typeCondition.name.value) ?? type) : type;
      measure(w, sel.selectionSet, t, multiplier, seen, out);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = w.fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue; // cycles are a validation error anyway
      // Every count here is linear in the multiplier: a fragment is measured once (for one parent)
      // and scaled at each spread, so fragments spread many times in many levels cost one walk each.
      let size = w.fragmentSizes.get(frag.name.value);
      if (!size) {
        size = { objects: 0, chars: 0 };
        const t = w.schema.getType(frag.typeCondition.name.value) ?? type;
        measure(w, frag.selectionSet, t, 1, new Set([...seen, frag.name.value]), size);
        w.fragmentSizes.set(frag.name.value, size);
      }
      out.objects += multiplier * size.objects;
      out.chars += multiplier * size.chars;
    } else {
      // "key": value, — the key once per parent object.
      const key = (sel.alias ?? sel.name).value.length + 4;
      out.chars += multiplier * key;
      if (sel.name.value.startsWith('__')) {
        out.chars += multiplier * 64;
        continue;
      }
      const field = type.getFields()[sel.name.value];
      if (!field) continue;
      const count = multiplier * itemsOf(w, type, field, sel);
      if (sel.selectionSet) {
        out.objects += count;
        out.chars += count * 3;
        measure(w, sel.selectionSet, getNamedType(field.type), count, seen, out);
      } else {
        out.chars += count * (leafChars(type, field) + 1);
      }
    }
  }
}

function measureOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): Size {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  const size = { objects: 0, chars: 0 };
  if (root) measure({ schema, fragments, variables, fragmentSizes: new Map() }, operation.selectionSet, root, 1, new Set(), size);
  return size;
}

/**
 * The operation's result size in objects, or more when its text could exceed MAX_RESULT_CHARS: the
 * characters are counted as objects of MAX_RESULT_CHARS / MAX_RESULT_OBJECTS characters each, so
 * that `estimateResultObjects(...) <= MAX_RESULT_OBJECTS` holds exactly when resultSizeProblem is null.
 */
export function estimateResultObjects(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const { objects, chars } = measureOperation(schema, document, operation, variables);
  return Math.max(objects, Math.ceil(chars / (MAX_RESULT_CHARS / MAX_RESULT_OBJECTS)));
}

/** Why the operation's answer could be too large (a message for the client), or null. */
export function resultSizeProblem(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): string | null {
  const memo = memoOf(schema, document, operation);
  const key = memo.pageVariables.map((name) => clampPage(variables[name])).join(',');
  const known = memo.problems.get(key);
  if (known !== undefined) return known;
  const problem = sizeProblem(measureOperation(schema, document, operation, variables));
  if (memo.problems.size < MEMO_KEYS) memo.problems.set(key, problem);
  return problem;
}

function sizeProblem({ objects, chars }: Size): string | null {
  if (objects > MAX_RESULT_OBJECTS) {
    return `Query too large: it could return about ${objects} objects (limit ${MAX_RESULT_OBJECTS}). Ask for fewer nested lists or smaller pages.`;
  }
  if (chars > MAX_RESULT_CHARS) {
    return (
      `Query too large: its answer could hold about ${chars} characters (limit ${MAX_RESULT_CHARS}; notes, summaries and ` +
      `signatures count at their longest). Ask for fewer aliases, long text fields or smaller pages (first).`
    );
  }
  return null;
}

// The size depends on the variables only through the page sizes (`first`) given as variables:
// each operation's answer is remembered per those values (pageSize's clamped figures, so at most
// MAX_PAGE_SIZE of them for one such variable), for as long as the parsed document lives (a
// document is parsed once per text and kept: executable-cache.ts, Apollo's document store).

/** Answers remembered per operation (a bound on documents with several page-size variables). */
const MEMO_KEYS = 256;

interface Memo {
  /** Names of the variables given as a `first` argument anywhere in the document. */
  pageVariables: string[];
  problems: Map<string, string | null>;
}

const memos = new WeakMap<GraphQLSchema, WeakMap<OperationDefinitionNode, Memo>>();

function memoOf(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode): Memo {
  let bySchema = memos.get(schema);
  if (!bySchema) memos.set(schema, (bySchema = new WeakMap()));
  let memo = bySchema.get(operation);
  if (!memo) {
    const names = new Set<string>();
    visit(document, {
      Argument(node) {
        if (node.name.value === 'first' && node.value.kind === Kind.VARIABLE) names.add(node.value.name.value);
      },
    });
    bySchema.set(operation, (memo = { pageVariables: [...names], problems: new Map() }));
  }
  return memo;
}
