// A new agent with a temporary password must choose a new one before using the app.
import { join } from 'node:path';
import { assert, expectPath, expectText, expectVisible, gqlInPage } from '../lib.mjs';

export const name = 'forced password change for a new agent';

const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { id email name mustChangePassword } temporaryPassword }
  }
`;

async function signIn(page, email, password) {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function run({ page, admin, resultsDir }) {
  // Set-up through the API: the admin creates an agent who must change the password.
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expectPath(page, '/');
  const email = `new-agent-${Date.now()}@example.com`;
  const created = await gqlInPage(page, CREATE_AGENT, {
    input: { email, name: 'Nina Newcomer', sendWelcomeEmail: false, forcePasswordChange: true },
  });
  assert.ok(!created.errors, `createAgent failed: ${JSON.stringify(created.errors)}`);
  const temporaryPassword = created.data.createAgent.temporaryPassword;
  assert.ok(temporaryPassword, 'createAgent returns a temporary password');
  await page.getByRole('button', { name: 'Log out' }).click();
  await expectPath(page, '/sign-in');

  // Signing in with the temporary password leads straight to the change-password page.
  await signIn(page, email, temporaryPassword);
  await expectPath(page, '/change-password');
  await expectVisible(page.getByRole('heading', { name: 'Change password' }), 'the change-password heading');
  await page.screenshot({ path: join(resultsDir, 'change-password.png'), fullPage: true });

  // The guard holds: the home page is out of reach until the password is changed.
  await page.goto('/');
  await expectPath(page, '/change-password');

  // Mismatched confirmation is caught before anything is sent.
  const newPassword = 'a-Brand-new-passphrase-42';
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(`${newPassword}x`);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expectText(page.getByRole('alert'), 'Confirm new password does not match', 'the mismatch error');

  // A wrong current password shows the server's error.
  await page.getByLabel('Current password').fill(`${temporaryPassword}-wrong`);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expectText(page.getByRole('alert'), /\S/, 'the wrong-password error');
  await expectPath(page, '/change-password');

  // The right one lands on the home page with a confirmation.
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expectPath(page, '/');
  await expectText(page.getByRole('status'), 'password has been changed', 'the confirmation');
  await expectVisible(page.getByRole('heading', { level: 1, name: 'Welcome, Nina Newcomer' }), 'the home heading');

  // The new password works and the old one does not.
  await page.getByRole('button', { name: 'Log out' }).click();
  await expectPath(page, '/sign-in');
  await signIn(page, email, temporaryPassword);
  await expectVisible(page.getByRole('alert'), 'an error for the old password');
  await signIn(page, email, newPassword);
  await expectPath(page, '/');
}
