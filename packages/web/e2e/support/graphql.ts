// GraphQL calls for set-up and assertions: from the page (with its session cookie) or from
// the test process (with a bearer token, leaving the browser's session alone).
import { expect, type Page } from '@playwright/test';
import type { Credentials } from './api-server';

export interface GqlBody<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; [key: string]: unknown } }[];
}

const operationNameOf = (query: string) => /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];

/** Runs an operation from inside the page, so it carries the page's session cookie. */
export function gqlInPage<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<GqlBody<T>> {
  return page.evaluate(
    async (request) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify(request),
      });
      return res.json();
    },
    { query, variables, operationName: operationNameOf(query) },
  );
}

/** Runs an operation from the test process; `token` is a bearer token from `login`. */
export async function gqlFetch<T = any>(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<GqlBody<T>> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables, operationName: operationNameOf(query) }),
  });
  return (await res.json()) as GqlBody<T>;
}

/** Like gqlFetch, but fails the test on any GraphQL error and returns the data. */
export async function gqlOk<T = any>(baseUrl: string, query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const body = await gqlFetch<T>(baseUrl, query, variables, token);
  expect(body.errors, `${operationNameOf(query)} failed`).toBeUndefined();
  return body.data as T;
}

/** Signs in through the API and returns a bearer token; the browser stays signed out. */
export async function apiLogin(baseUrl: string, { email, password }: Credentials): Promise<string> {
  const data = await gqlOk<{ login: { token: string } }>(
    baseUrl,
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  return data.login.token;
}

/** The body of the next /graphql response for `operationName`. */
export function nextGraphQLResponse<T = any>(page: Page, operationName: string): Promise<GqlBody<T>> {
  return page
    .waitForResponse(
      (res) =>
        new URL(res.url()).pathname === '/graphql' &&
        res.request().method() === 'POST' &&
        (res.request().postDataJSON()?.operationName ?? null) === operationName,
    )
    .then((res) => res.json());
}

/** The first http(s) URL in `text` whose path is `path`; fails when there is none. */
export function linkIn(text: string, path: string): string {
  for (const [url] of text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    if (new URL(url).pathname === path) return url;
  }
  throw new Error(`no link to ${path} in:\n${text}`);
}

/** A short random suffix for unique emails and names. */
export const randomSuffix = () => Math.random().toString(36).slice(2, 10);
