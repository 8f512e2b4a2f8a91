// Sign-in, the home page, and logout, against the real API.
import { join } from 'node:path';
import {
  assert,
  expectPath,
  expectText,
  expectVisible,
  gqlInPage,
  nextGraphQLResponse,
} from '../lib.mjs';

export const name = 'sign in, see home, log out';

export async function run({ page, admin, resultsDir }) {
  // A signed-out visit to the app lands on the sign-in page.
  await page.goto('/');
  await expectPath(page, '/sign-in');
  await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in heading');

  // Wrong password: the server's own message is shown, and we stay on sign-in.
  await page.getByLabel('Email').fill(admin.email);
  await page.getByLabel('Password').fill(`${admin.password}-wrong`);
  const failed = nextGraphQLResponse(page, 'Login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const failedBody = await failed;
  const serverError = failedBody.errors?.[0];
  assert.ok(serverError, `login with a wrong password should fail, got ${JSON.stringify(failedBody)}`);
  assert.equal(serverError.extensions?.code, 'UNAUTHENTICATED', 'wrong password error code');
  await expectText(page.getByRole('alert'), serverError.message, 'the sign-in error');
  await expectPath(page, '/sign-in');
  assert.equal(await page.getByLabel('Password').inputValue(), '', 'password is cleared after a failure');

  // Right password: the home page greets the admin by name and lists agents.
  await page.getByLabel('Password').fill(admin.password);
  const succeeded = nextGraphQLResponse(page, 'Login');
  await page.getByRole('button', { name: 'Sign in' }).click();
  const loginBody = await succeeded;
  assert.ok(!loginBody.errors, `login should succeed, got ${JSON.stringify(loginBody.errors)}`);
  const agentName = loginBody.data.login.agent.name;
  assert.ok(agentName, 'login returns the agent with a name');
  await expectPath(page, '/');
  await expectVisible(
    page.getByRole('heading', { level: 1, name: `Welcome, ${agentName}` }),
    `the home heading with "${agentName}"`,
  );
  await expectText(page.getByRole('banner'), agentName, 'the header');
  await expectText(page.getByRole('banner'), 'Roster', 'the header');
  await expectVisible(
    page.getByRole('row').filter({ hasText: admin.email }),
    'the admin in the agents table',
  );

  // The session lives in an httpOnly cookie, out of reach of page scripts.
  const cookies = await page.context().cookies();
  assert.ok(cookies.some((c) => c.httpOnly), 'login sets an httpOnly cookie');
  const viewer = await gqlInPage(page, '{ viewer { name email } }');
  assert.equal(viewer.data?.viewer?.email, admin.email, 'the cookie authenticates API calls');

  await page.screenshot({ path: join(resultsDir, 'signed-in.png'), fullPage: true });

  // Logout returns to sign-in and really ends the session.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expectPath(page, '/sign-in');
  await expectVisible(page.getByRole('heading', { name: 'Sign in' }), 'the sign-in heading after logout');
  const after = await gqlInPage(page, '{ viewer { id } }');
  assert.equal(after.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', 'viewer after logout');
  await page.goto('/');
  await expectPath(page, '/sign-in');
}
