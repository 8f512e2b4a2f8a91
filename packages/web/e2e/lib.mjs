// Small helpers for the browser specs. playwright-core has no `expect`, so these poll.
import assert from 'node:assert/strict';

export const DEFAULT_TIMEOUT_MS = 10_000;

/** Wait until `locator` is visible; fail with `what` in the message. */
export async function expectVisible(locator, what, timeout = DEFAULT_TIMEOUT_MS) {
  try {
    await locator.first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`expected to see ${what}, but it did not appear within ${timeout} ms`);
  }
}

/** Wait until the page's path is `path` (the SPA navigates without a load event). */
export async function expectPath(page, path, timeout = DEFAULT_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    if (new URL(page.url()).pathname === path) return;
    await page.waitForTimeout(50);
  }
  throw new Error(`expected path ${path}, got ${new URL(page.url()).pathname}`);
}

/** Wait until `locator`'s text matches `pattern` (a RegExp or an exact substring). */
export async function expectText(locator, pattern, what, timeout = DEFAULT_TIMEOUT_MS) {
  const deadline = Date.now() + timeout;
  let last = '';
  while (Date.now() < deadline) {
    last = ((await locator.first().textContent({ timeout: 1000 }).catch(() => null)) ?? '').trim();
    const ok = typeof pattern === 'string' ? last.includes(pattern) : pattern.test(last);
    if (ok) return last;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`expected ${what} to match ${pattern}, last text was ${JSON.stringify(last)}`);
}

/**
 * Run a GraphQL operation from inside the page, so it carries the page's session cookie.
 * Returns the parsed body ({ data, errors }).
 */
export async function gqlInPage(page, query, variables = {}) {
  const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  return page.evaluate(
    async ({ query, variables, operationName }) => {
      const res = await fetch('/graphql', {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
        body: JSON.stringify({ query, variables, operationName }),
      });
      return res.json();
    },
    { query, variables, operationName },
  );
}

/** Wait for the next /graphql response for operation `operationName` and return its body. */
export function nextGraphQLResponse(page, operationName, timeout = DEFAULT_TIMEOUT_MS) {
  return page
    .waitForResponse(
      (res) =>
        new URL(res.url()).pathname === '/graphql' &&
        res.request().method() === 'POST' &&
        (res.request().postDataJSON()?.operationName ?? null) === operationName,
      { timeout },
    )
    .then((res) => res.json());
}

export { assert };

/**
 * Run a GraphQL operation from the harness process (not the page), e.g. for set-up that must
 * not touch the browser's session. `token` is a bearer token from `login` (or omitted).
 * Returns the parsed body ({ data, errors }).
 */
export async function gqlFetch(baseUrl, query, variables = {}, token) {
  const operationName = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables, operationName }),
  });
  return res.json();
}

/** Signs in through the API and returns a bearer token; the browser stays signed out. */
export async function apiLogin(baseUrl, { email, password }) {
  const body = await gqlFetch(
    baseUrl,
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    { email, password },
  );
  assert.ok(!body.errors, `login as ${email} failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

/** The first http(s) URL in `text` whose path is `path`; fails when there is none. */
export function linkIn(text, path) {
  for (const [url] of text.matchAll(/https?:\/\/[^\s<>"')]+/g)) {
    if (new URL(url).pathname === path) return url;
  }
  throw new Error(`no link to ${path} in:\n${text}`);
}

/** A short random suffix for unique emails and names. */
export const randomSuffix = () => Math.random().toString(36).slice(2, 10);
