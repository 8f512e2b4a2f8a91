import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, fieldSentence, toDisplayError } from './errors';

const graphQLErrors = (...errors: { message: string; extensions?: Record<string, unknown> }[]) =>
  new CombinedGraphQLErrors({ data: null, errors });

const serverError = (status: number, bodyText: string) =>
  new ServerError(`Response not successful: Received status code ${status}`, {
    response: new Response(bodyText, { status }),
    bodyText,
  });

describe('toDisplayError', () => {
  it("keeps the first GraphQL error's message, code and string field messages", () => {
    const error = graphQLErrors(
      {
        message: 'Please check the highlighted fields',
        extensions: { code: 'BAD_USER_INPUT', fields: { email: 'is already used by another agent', count: 3 } },
      },
      { message: 'second error', extensions: { code: 'CONFLICT' } },
    );
    expect(toDisplayError(error)).toEqual({
      code: 'BAD_USER_INPUT',
      message: 'Please check the highlighted fields',
      fields: { email: 'is already used by another agent' },
    });
  });

  it('never shows the internal permission keys the API names for integrators', () => {
    const error = graphQLErrors({
      message: 'Your permissions do not include creating users (people.create)',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(toDisplayError(error).message).toBe('Your permissions do not include creating users');
    const two = graphQLErrors({ message: 'Needs (people.view, people.manage_organizations) here', extensions: { code: 'FORBIDDEN' } });
    expect(toDisplayError(two).message).toBe('Needs here');
    // Parentheses that are no key stay.
    expect(toDisplayError(graphQLErrors({ message: 'Your profile (name, alias) is locked' })).message).toBe(
      'Your profile (name, alias) is locked',
    );
  });

  it('has no code and no fields when the extensions carry none', () => {
    expect(toDisplayError(graphQLErrors({ message: 'Something odd', extensions: { code: 42, fields: 'email' } }))).toEqual({
      code: undefined,
      message: 'Something odd',
      fields: {},
    });
  });

  it('reads a GraphQL error from the body of a non-2xx answer (a rate limiter, say)', () => {
    const body = JSON.stringify({ errors: [{ message: 'Too many attempts', extensions: { code: 'RATE_LIMITED' } }] });
    expect(toDisplayError(serverError(429, body))).toEqual({ code: 'RATE_LIMITED', message: 'Too many attempts', fields: {} });
  });

  it('names the status when a non-2xx body is not a GraphQL answer', () => {
    for (const body of ['<html>Bad gateway</html>', JSON.stringify({ errors: [] }), JSON.stringify({ ok: false })]) {
      const shown = toDisplayError(serverError(502, body));
      expect(shown).toEqual({ code: undefined, message: 'The server answered with status 502. Please try again.', fields: {} });
    }
  });

  it('words anything else as a connection problem, never showing the raw error', () => {
    for (const error of [new TypeError('Failed to fetch'), 'boom', undefined, graphQLErrors()]) {
      const shown = toDisplayError(error);
      expect(shown.message).toBe('Could not reach the server. Check your connection and try again.');
      expect(shown.code).toBeUndefined();
    }
  });
});

describe('errorCode', () => {
  it('is the display code, or undefined without an error', () => {
    expect(errorCode(graphQLErrors({ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }))).toBe('UNAUTHENTICATED');
    expect(errorCode(new TypeError('Failed to fetch'))).toBeUndefined();
    expect(errorCode(undefined)).toBeUndefined();
    expect(errorCode(null)).toBeUndefined();
  });
});

describe('fieldSentence', () => {
  it('puts the label before the fragment', () => {
    expect(fieldSentence('Email', 'is already used by another agent')).toBe('Email is already used by another agent');
  });
});
