import { ErrorCode } from '@roster/shared';

/** Field errors: keys are input paths (`input.email`, `id`), values short phrases shown next to a form field. */
export type FieldErrors = Record<string, string>;

/**
 * What services throw. `formatError` (graphql/format-error.ts) turns it into a GraphQL error with
 * `extensions.code`, `extensions.fields` and any `details`; a CLI or job can read the same fields.
 */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields?: FieldErrors,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const appError = (code: ErrorCode, message: string, details: Record<string, unknown> = {}) =>
  new DomainError(code, message, undefined, details);
export const unauthenticated = (message = 'Sign in first') => appError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'You are not allowed to do this') => appError(ErrorCode.FORBIDDEN, message);
export const notFound = (what: string) => appError(ErrorCode.NOT_FOUND, `${what} not found`);
export const conflict = (message: string, fields?: FieldErrors) => new DomainError(ErrorCode.CONFLICT, message, fields);

export const fieldsMessage = (fields: FieldErrors): string =>
  Object.entries(fields)
    .map(([f, m]) => `${f}: ${m}`)
    .join('; ');

/** Input error naming the fields: `badInput({ 'input.email': 'is not a valid address' })`. */
export function badInput(fields: FieldErrors, message?: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message ?? fieldsMessage(fields), fields);
}

/** Collects field errors so that one answer names every bad field; `at` builds paths under a prefix. */
export class FieldCheck {
  readonly errors: FieldErrors = {};
  constructor(private readonly prefix = '') {}
  path(field: string): string {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }
  /** Records `message` for `field` unless `ok`; returns `ok`. The first message per field wins. */
  check(ok: boolean, field: string, message: string): boolean {
    const key = this.path(field);
    if (!ok && !this.errors[key]) this.errors[key] = message;
    return ok;
  }
  get ok(): boolean {
    return !Object.keys(this.errors).length;
  }
  throwIfAny(): void {
    if (!this.ok) throw badInput(this.errors);
  }
}

/** A unique index refused a write (a concurrent request usually got there first). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { driverError?: { code?: string } })?.driverError?.code;
  return code === 'ER_DUP_ENTRY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Runs a write that may hit a unique index, answering `taken()` instead of an internal error. */
export async function orConflict<R>(write: Promise<R>, taken: () => Error): Promise<R> {
  try {
    return await write;
  } catch (e) {
    if (isUniqueViolation(e)) throw taken();
    throw e;
  }
}
