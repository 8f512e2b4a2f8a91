import { GraphQLError, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '@roster/shared';

export type FieldErrors = Record<string, string>;

export const appError = (code: ErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  new GraphQLError(message, { extensions: { code, ...extra } });

export const unauthenticated = (message = 'Sign in first') => appError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this') => appError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => appError(ErrorCode.NOT_FOUND, `${what} not found`);
export const conflict = (message: string, fields?: FieldErrors) => appError(ErrorCode.CONFLICT, message, fields ? { fields } : {});

/** Input error naming the fields: `badInput({ email: 'is not a valid address' })`. */
export function badInput(fields: FieldErrors, message?: string): GraphQLError {
  const text = message ?? Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ');
  return appError(ErrorCode.BAD_USER_INPUT, text, { fields });
}

/** A unique index refused a write (a concurrent request usually got there first). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } })?.driverError?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

const KNOWN = new Set<string>(Object.values(ErrorCode));
// Apollo's own request-level codes that are safe to pass through.
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE']);

interface ValidationErrorLike {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorLike[];
}

function flattenValidation(errors: ValidationErrorLike[], prefix = ''): FieldErrors {
  const out: FieldErrors = {};
  for (const e of errors) {
    const key = prefix ? `${prefix}.${e.property}` : e.property;
    const msgs = Object.values(e.constraints ?? {});
    if (msgs.length) out[key] = msgs.join('; ');
    if (e.children?.length) Object.assign(out, flattenValidation(e.children, key));
  }
  return out;
}

/** Apollo formatError: known codes pass, validation becomes BAD_USER_INPUT, the rest is hidden and logged. */
export function formatError(formatted: GraphQLFormattedError, error: unknown, log: (e: unknown) => void = console.error): GraphQLFormattedError {
  const code = formatted.extensions?.code as string | undefined;
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  const validation = (original as { extensions?: { validationErrors?: ValidationErrorLike[] } })?.extensions?.validationErrors;
  if (validation) {
    const fields = flattenValidation(validation);
    return {
      message: Object.entries(fields).map(([f, m]) => `${f}: ${m}`).join('; ') || 'Invalid input',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
    };
  }
  if (code && (KNOWN.has(code) || PASS_THROUGH.has(code)) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _s, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  if (isUniqueViolation(original)) {
    // Services check uniqueness first and name the field; this is the race they cannot see.
    return { message: 'This conflicts with a record that was just saved by someone else; reload and try again', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.CONFLICT } };
  }
  log(original);
  return { message: 'Internal server error', locations: formatted.locations, path: formatted.path, extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
