// Steps several specs take through the SPA.
import { expect, type Page } from '@playwright/test';

const LOGIN = 'mutation SignInForSpec($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

/**
 * Signs the page's browser context in without the form: the login mutation through the context's
 * own request client sets the session cookie the page then uses (one request instead of loading
 * the sign-in page; the form itself is signin.spec.ts's subject). Returns the session's token.
 */
export async function signInByApi(page: Page, who: { email: string; password: string }): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: LOGIN, variables: { email: who.email, password: who.password } } });
  const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
  expect(body.errors, `signing in ${who.email}`).toBeUndefined();
  return body.data!.login.token;
}

/** Fills the sign-in form and submits it (the page must be on /sign-in). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(path('/sign-in'));
  // The URL changes before the sign-in screen replaces the page (its route loads first): a label
  // looked up in between could still find the old screen's fields.
  await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
}

/** Matches a page URL by its path alone (no query, no hash). */
export const path = (p: string) => (url: URL) => url.pathname === p;
