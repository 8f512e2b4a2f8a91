import type express from 'express';
import { ErrorCode } from '@roster/shared';
import { errorLanguage, translateError } from '../common/error-language';
import { DomainError } from '../common/errors';
import { requestActor } from '../graphql/context';

// The REST edge's one error-to-status map (GraphQL's is graphql/format-error.ts): every route
// under src/http answers a refused request with a GraphQL-shaped body and one of these statuses.

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

/** The HTTP status of a DomainError: its own `details.status` (413, 415) first, else by code, else 400. */
export const statusOf = (e: DomainError): number => (e.details.status as number | undefined) ?? STATUS[e.code] ?? 400;

/** Answers `e`: a DomainError as its status and code (and field errors); anything else as a logged 500. */
export function sendError(res: express.Response, e: unknown): void {
  if (e instanceof DomainError) {
    const error = { message: e.message, extensions: { code: e.code, fields: e.fields } };
    const language = errorLanguage(requestActor(res.req), res.req.get('accept-language'));
    res.status(statusOf(e)).json({ errors: [language === 'en' ? error : translateError(error, language)] });
    return;
  }
  console.error(e);
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
}
