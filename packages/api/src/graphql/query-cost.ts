import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLError,
  GraphQLField,
  GraphQLNamedType,
  GraphQLSchema,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
  valueFromASTUntyped,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { MAX_PAGE_SIZE } from '../common/pagination';

/**
 * Depth and alias limits do not see list sizes: `viewer { teams { members { teams { members ... } } } }`
 * stays shallow yet multiplies rows at each level. This estimates how many objects an operation
 * can return, multiplying by `first` on paginated fields and by LIST_ESTIMATE on other lists,
 * and refuses it before execution (so before any SQL) above MAX_RESULT_OBJECTS.
 */
export const LIST_ESTIMATE = 50;
export const MAX_RESULT_OBJECTS = 50_000;

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

function pageSize(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Record<string, unknown>): number | null {
  const arg = field.args.find((a) => a.name === 'first');
  if (!arg) return null;
  const given = node.arguments?.find((a) => a.name.value === 'first');
  const value = given ? valueFromASTUntyped(given.value, variables) : arg.defaultValue;
  const n = typeof value === 'number' ? value : MAX_PAGE_SIZE;
  return Math.max(1, Math.min(n, MAX_PAGE_SIZE));
}

function countObjects(w: Walk, set: SelectionSetNode, type: GraphQLNamedType, multiplier: number, seen: Set<string>): number {
  if (!isObjectType(type)) return 0;
  let total = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? (w.schema.getType(sel.typeCondition.name.value) ?? type) : type;
      total += countObjects(w, sel.selectionSet, t, multiplier, seen);
    } else if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = w.fragments.get(sel.name.value);
      if (!frag || seen.has(frag.name.value)) continue; // cycles are a validation error anyway
      const t = w.schema.getType(frag.typeCondition.name.value) ?? type;
      total += countObjects(w, frag.selectionSet, t, multiplier, new Set([...seen, frag.name.value]));
    } else if (!sel.name.value.startsWith('__') && sel.selectionSet) {
      const field = type.getFields()[sel.name.value];
      if (!field) continue;
      const first = pageSize(field, sel, w.variables);
      // A connection's `edges` list is already counted by the `first` of the field that returned it.
      const listFactor = isListType(getNullableType(field.type)) && sel.name.value !== 'edges' ? LIST_ESTIMATE : 1;
      const count = multiplier * (first ?? listFactor);
      total += count + countObjects(w, sel.selectionSet, getNamedType(field.type), count, seen);
    }
  }
  return total;
}

export function estimateResultObjects(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const root =
    operation.operation === 'mutation'
      ? schema.getMutationType()
      : operation.operation === 'subscription'
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  return root ? countObjects({ schema, fragments, variables }, operation.selectionSet, root, 1, new Set()) : 0;
}

export function queryCostPlugin<T extends object>(): ApolloServerPlugin<T> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const estimate = estimateResultObjects(schema, document, operation, request.variables ?? {});
          if (estimate > MAX_RESULT_OBJECTS) {
            throw new GraphQLError(
              `Query too large: it could return about ${estimate} objects (limit ${MAX_RESULT_OBJECTS}). Ask for fewer nested lists or smaller pages.`,
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}
