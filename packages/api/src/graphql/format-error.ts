import { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@roster/shared';
import { DomainError, isUniqueViolation } from '../common/errors';

const KNOWN = new Set<string>(Object.values(ErrorCode));
// Apollo's own request-level codes that are safe to pass through.
const PASS_THROUGH = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo formatError, the one place errors become answers: domain errors keep their code, fields
 * and details; Apollo's request errors pass; a unique-index race is CONFLICT; the rest is logged
 * and hidden.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  log: (e: unknown) => void = console.error,
): GraphQLFormattedError {
  const { locations, path } = formatted;
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof DomainError) {
    const extensions = { ...original.details, code: original.code, ...(original.fields ? { fields: original.fields } : {}) };
    return { message: original.message, locations, path, extensions };
  }
  const code = formatted.extensions?.code as string | undefined;
  if (code && (KNOWN.has(code) || PASS_THROUGH.has(code)) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isUniqueViolation(original)) {
    // Services check uniqueness first and name the field; this is the race they cannot see.
    return {
      message: 'This conflicts with a record that was just saved by someone else; reload and try again',
      locations,
      path,
      extensions: { code: ErrorCode.CONFLICT },
    };
  }
  log(original);
  return { message: 'Internal server error', locations, path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
