import {
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  OperationDefinitionNode,
  specifiedRules,
  ValidationRule,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { requireActor } from '../../common/auth';
import type { DomainError } from '../../common/errors';
import { badInput } from '../../common/errors';
import type { Context } from '../../common/request';
import { needsActor } from './auth-gate';
import { checkListSizes } from './list-sizes';
import { resultSizeProblem } from './query-cost';

/**
 * The one list of checks every GraphQL request passes, whichever path answers it (Apollo, or the
 * read fast path in fast-path.ts), so that a check added here applies everywhere:
 *
 * 1. transport (fast-path.ts takes only what Apollo's CSRF prevention lets through: POST with a
 *    JSON content type and a bounded body; everything else goes to Apollo, which applies its own);
 * 2. parsing with the token limit, then `validationRules` (graphql-js's rules, graphql-armor's
 *    depth, alias, cost and directive limits, no introspection in production);
 * 3. `OPERATION_CHECKS` on the operation that runs, with its variables, before any resolver: the
 *    sign-in gate, the size of every input list, the size of the result it could return;
 * 4. field authorization (type-graphql's @Authorized and its auth checker, including the
 *    password-change rule) inside the resolvers, which both paths share.
 *
 * The fast path answers only when all of these pass and execution reports no error; otherwise
 * Apollo answers the request, so every refusal keeps Apollo's shape, code and HTTP status.
 */

export interface OperationRequest {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: Record<string, unknown>;
  context: Context;
}

/** undefined: the request passes; otherwise the error Apollo answers with. */
export interface OperationCheck {
  /** false: the answer depends only on the document and the variables (it may be remembered for them). */
  readonly usesContext: boolean;
  readonly run: (r: OperationRequest) => GraphQLError | undefined;
}

/** Anonymous requests for anything but the public operations stop here, before variables are walked. */
const signInGate: OperationCheck = {
  usesContext: true,
  run: ({ document, operation, context }) => {
    if (context.actor || !needsActor(document, operation)) return undefined;
    try {
      requireActor(context);
      return undefined;
    } catch (e) {
      // The same answer (200, UNAUTHENTICATED) the resolver's auth check gives.
      const err = e as DomainError;
      return new GraphQLError(err.message, { extensions: { code: err.code, http: { status: 200 } } });
    }
  },
};

const inputListSizes: OperationCheck = {
  usesContext: false,
  run: ({ schema, document, variables }) => {
    const errors = checkListSizes(schema, document, variables);
    if (!Object.keys(errors).length) return undefined;
    const e = badInput(errors);
    // 400 like graphql-js's own variable errors; refused before execution (no data).
    return new GraphQLError(e.message, { extensions: { code: e.code, fields: e.fields, http: { status: 400 } } });
  },
};

/** What the operation could really return (result-bounds.ts: per-field counts and text lengths). */
const resultSize: OperationCheck = {
  usesContext: false,
  run: ({ schema, document, operation, variables }) => {
    const problem = resultSizeProblem(schema, document, operation, variables);
    return problem ? new GraphQLError(problem, { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } }) : undefined;
  },
};

export const OPERATION_CHECKS: readonly OperationCheck[] = [signInGate, inputListSizes, resultSize];

/**
 * The first check the request fails. `contextFreePassed`: the checks that do not use the context
 * are known to pass for this document and these variables (the fast path remembers that for a
 * query text sent without variables), so only the others run.
 */
export function firstFailure(
  r: OperationRequest,
  contextFreePassed = false,
  checks: readonly OperationCheck[] = OPERATION_CHECKS,
): GraphQLError | undefined {
  for (const check of checks) {
    if (contextFreePassed && !check.usesContext) continue;
    const error = check.run(r);
    if (error) return error;
  }
  return undefined;
}

/** Whether the checks that do not use the context pass (what the fast path may remember). */
export function contextFreeChecksPass(r: Omit<OperationRequest, 'context'>, checks: readonly OperationCheck[] = OPERATION_CHECKS): boolean {
  return checks.every((c) => c.usesContext || !c.run(r as OperationRequest));
}

/** The operation checks as an Apollo plugin: they run once the operation is known, before execution. */
export function operationChecksPlugin(checks: readonly OperationCheck[] = OPERATION_CHECKS): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return;
          const error = firstFailure(
            { schema, document, operation, variables: request.variables ?? {}, context: contextValue },
            false,
            checks,
          );
          if (error) throw error;
          // With read replicas: a query's reads may go to one; a mutation keeps its session's next reads on the primary.
          if (operation.operation === 'query') contextValue.readOnly();
          else await contextValue.wrote();
        },
      };
    },
  };
}

/** The validation rules beyond graphql-js's own: graphql-armor's limits, and no introspection unless allowed. */
export function extraValidationRules(armorRules: ValidationRule[], introspection: boolean): ValidationRule[] {
  return [...armorRules, ...(introspection ? [] : [NoSchemaIntrospectionCustomRule])];
}

/** Every validation rule a document passes (what the fast path runs; Apollo adds graphql-js's own). */
export function allValidationRules(extra: ValidationRule[]): ValidationRule[] {
  return [...specifiedRules, ...extra];
}
