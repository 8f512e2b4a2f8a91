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
