import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import type { ErrorCode } from '@roster/shared';
import { i18n } from '../i18n';

export interface DisplayError {
  /** One of the API's codes (packages/shared error-codes), or another GraphQL code. */
  code: ErrorCode | (string & {}) | undefined;
  message: string;
  /**
   * Per-field messages from `extensions.fields`, keyed by input path (`input.email`, `id`). They are fragments
   * that follow the field's label: `{ 'input.email': 'is already used by another agent' }`.
   */
  fields: Record<string, string>;
}

interface FormattedError {
  message: string;
  extensions?: Record<string, unknown>;
}

/**
 * The API names the permission it checked for integrators ("... include creating users (people.create)");
 * people read the words only.
 */
export const withoutPermissionKeys = (message: string) => message.replace(/ \((?:[a-z_]+\.[a-z_]+)(?:, [a-z_]+\.[a-z_]+)*\)/g, '');

function fromGraphQLErrors(errors: ReadonlyArray<FormattedError>): DisplayError | undefined {
  const first = errors[0];
  if (!first) return undefined;
  const ext = first.extensions ?? {};
  const fields: Record<string, string> = {};
  if (ext.fields && typeof ext.fields === 'object') {
    for (const [key, value] of Object.entries(ext.fields as Record<string, unknown>)) {
      if (typeof value === 'string') fields[key] = value;
    }
  }
  return {
    code: typeof ext.code === 'string' ? ext.code : undefined,
    message: withoutPermissionKeys(first.message),
    fields,
  };
}

/**
 * Turn whatever Apollo hands us into something a person can read. GraphQL errors keep the
 * server's message (the API words them for people); transport failures get a generic one.
 */
export function toDisplayError(error: unknown): DisplayError {
  if (CombinedGraphQLErrors.is(error)) {
    const found = fromGraphQLErrors(error.errors);
    if (found) return found;
  }
  if (ServerError.is(error)) {
    // A non-2xx answer may still carry a GraphQL error body (e.g. a 429 from a rate limiter).
    try {
      const body = JSON.parse(error.bodyText) as { errors?: FormattedError[] };
      const found = body.errors && fromGraphQLErrors(body.errors);
      if (found) return found;
    } catch {
      /* not JSON: fall through */
    }
    return {
      code: undefined,
      message: i18n.t('common:errors.serverStatus', { status: error.statusCode }),
      fields: {},
    };
  }
  return {
    code: undefined,
    message: i18n.t('common:errors.unreachable'),
    fields: {},
  };
}

export function errorCode(error: unknown): DisplayError['code'] {
  return error ? toDisplayError(error).code : undefined;
}

/** "Email" + "is already used" -> "Email is already used". */
export function fieldSentence(label: string, fragment: string): string {
  return `${label} ${fragment}`;
}
