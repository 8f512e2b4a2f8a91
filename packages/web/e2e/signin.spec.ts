// Sign-in, the home page, and logout, against the real API.
import { expect, test } from './support/fixtures';
import { gqlInPage, nextGraphQLResponse } from './support/graphql';
import { path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

test('sign in, see home, log out', async ({ page, admin }) => {
  // A signed-out visit to the app lands on the sign-in page.
  await page.goto('/');
  await expect(page).toHaveURL(path('/sign-in'));
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await checkScreen(page, 'sign-in');

  // Wrong password: the server's own message is shown, and we stay on sign-in.
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(`${admin.password}-wrong`);
  const failed = nextGraphQLResponse(page, 'Login');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const serverError = (await failed).errors?.[0];
  expect(serverError?.extensions?.code, 'wrong password error code').toBe('UNAUTHENTICATED');
  await expect(page.getByRole('alert')).toContainText(serverError!.message);
  await expect(page).toHaveURL(path('/sign-in'));
  await expect(page.getByLabel('Password'), 'password is cleared after a failure').toHaveValue('');
  await checkScreen(page, 'sign-in-error');

  // Right password: the home page greets the admin by name and lists agents.
  await page.getByLabel('Password').fill(admin.password);
  const succeeded = nextGraphQLResponse<{ login: { agent: { name: string } } }>(page, 'Login');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  const loginBody = await succeeded;
  expect(loginBody.errors).toBeUndefined();
  const agentName = loginBody.data!.login.agent.name;
  expect(agentName, 'login returns the agent with a name').toBeTruthy();
  await expect(page).toHaveURL(path('/'));
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${agentName}` })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(agentName);
  await expect(page.getByRole('banner')).toContainText('Roster');
  await expect(page.getByRole('row').filter({ hasText: admin.email })).toBeVisible();
  await checkScreen(page, 'home');

  // The session lives in an httpOnly cookie, out of reach of page scripts.
  const cookies = await page.context().cookies();
  expect(
    cookies.some((c) => c.httpOnly),
    'login sets an httpOnly cookie',
  ).toBe(true);
  const viewer = await gqlInPage(page, '{ viewer { name email } }');
  expect(viewer.data?.viewer?.email, 'the cookie authenticates API calls').toBe(admin.email);

  // Logout returns to sign-in and really ends the session.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(path('/sign-in'));
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  const after = await gqlInPage(page, '{ viewer { id } }');
  expect(after.errors?.[0]?.extensions?.code, 'viewer after logout').toBe('UNAUTHENTICATED');
  await page.goto('/');
  await expect(page).toHaveURL(path('/sign-in'));
});

test('signing in from a page sends you back to it', async ({ page, admin }) => {
  // The other specs sign in through the API (support/pages.ts signInByApi); this is the form's way back.
  await page.goto('/agents?sort=-email');
  await expect(page).toHaveURL(path('/sign-in'));
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL((url) => url.pathname === '/agents' && url.searchParams.get('sort') === '-email');
  await expect(page.getByRole('columnheader', { name: 'Email' })).toHaveAttribute('aria-sort', 'descending');
});
