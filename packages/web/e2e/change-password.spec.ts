// A new agent with a temporary password must choose a new one before using the app.
import { expect, test } from './support/fixtures';
import { gqlInPage } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { id email name mustChangePassword } temporaryPassword }
  }
`;

test('forced password change for a new agent', async ({ page, admin }) => {
  // Set-up through the API: the admin creates an agent who must change the password.
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  const email = `new-agent-${Date.now()}@example.com`;
  const created = await gqlInPage(page, CREATE_AGENT, {
    input: { email, name: 'Nina Newcomer', sendWelcomeEmail: false, forcePasswordChange: true },
  });
  expect(created.errors, 'createAgent').toBeUndefined();
  const temporaryPassword: string = created.data.createAgent.temporaryPassword;
  expect(temporaryPassword, 'createAgent returns a temporary password').toBeTruthy();
  await logOut(page);

  // Signing in with the temporary password leads straight to the change-password page.
  await signIn(page, email, temporaryPassword);
  await expect(page).toHaveURL(path('/change-password'));
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await checkScreen(page, 'change-password');

  // The guard holds: the home page is out of reach until the password is changed.
  await page.goto('/');
  await expect(page).toHaveURL(path('/change-password'));

  // Mismatched confirmation is caught before anything is sent.
  const newPassword = 'a-Brand-new-passphrase-42';
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByLabel('New password', { exact: true }).fill(newPassword);
  await page.getByLabel('Confirm new password').fill(`${newPassword}x`);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirm new password does not match');
  await checkScreen(page, 'change-password-mismatch');

  // A wrong current password shows the server's error.
  await page.getByLabel('Current password').fill(`${temporaryPassword}-wrong`);
  await page.getByLabel('Confirm new password').fill(newPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('alert')).not.toContainText('does not match');
  await expect(page.getByRole('alert')).toHaveText(/\S/);
  await expect(page).toHaveURL(path('/change-password'));

  // The right one lands on the home page with a confirmation.
  await page.getByLabel('Current password').fill(temporaryPassword);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page).toHaveURL(path('/'));
  // The agents table has a status of its own while it loads.
  await expect(page.getByTestId('toast').filter({ hasText: 'password has been changed' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Welcome, Nina Newcomer' })).toBeVisible();
  await checkScreen(page, 'home-password-changed');

  // The new password works and the old one does not.
  await logOut(page);
  await signIn(page, email, temporaryPassword);
  await expect(page.getByRole('alert')).toBeVisible();
  await signIn(page, email, newPassword);
  await expect(page).toHaveURL(path('/'));
});
