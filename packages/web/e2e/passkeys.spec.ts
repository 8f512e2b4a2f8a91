// Passkeys as a second factor, with Chromium's virtual authenticator (CDP WebAuthn): an agent adds
// one in Preferences, then signs in with the password and the passkey, and with the passkey alone.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { createAgent, openSignedIn } from './support/admin-pages';
import { apiLogin, randomSuffix } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

// WebAuthn refuses IP addresses as relying party: this spec's server is http://localhost:<port>.
test.use({ host: 'localhost' });

/** Chromium's virtual authenticator: a platform one that keeps discoverable passkeys and verifies the user. */
async function addVirtualAuthenticator(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: {
      protocol: 'ctap2',
      transport: 'internal',
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
}

test('add a passkey in Preferences and sign in with it at the second step', async ({ page, admin, baseURL }) => {
  await addVirtualAuthenticator(page);

  const adminToken = await apiLogin(baseURL!, admin);
  const password = 'passkey-passphrase-1';
  const agent = await createAgent(baseURL!, adminToken, { email: `passkey-${randomSuffix()}@example.com`, name: 'Pia Passkey', password });

  await openSignedIn(page, { email: agent.email, password }, '/preferences');
  const section = page.getByRole('region', { name: 'Two-step sign-in' });
  await section.getByLabel('Passkey name').fill('Work laptop');
  await section.getByRole('button', { name: 'Add a passkey' }).click();
  // The first factor comes with recovery codes, shown once.
  await expect(section.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await expect(section.getByRole('button', { name: 'Remove passkey Work laptop' })).toBeVisible();
  await checkScreen(page, 'passkeys-added');
  await section.getByRole('button', { name: 'I have saved them' }).click();

  await logOut(page);
  await signIn(page, agent.email, password);
  await expect(page.getByRole('heading', { name: 'Two-step sign-in' })).toBeVisible();
  await checkScreen(page, 'passkeys-second-step');
  await page.getByRole('button', { name: 'Use a passkey' }).click();
  await expect(page).toHaveURL(path('/'));
});

test('sign in with a passkey alone (no password), then make new recovery codes with the password', async ({ page, admin, baseURL }) => {
  await addVirtualAuthenticator(page);

  const adminToken = await apiLogin(baseURL!, admin);
  const password = 'passkey-passphrase-2';
  const agent = await createAgent(baseURL!, adminToken, {
    email: `pwless-${randomSuffix()}@example.com`,
    name: 'Pat Passwordless',
    password,
  });

  await openSignedIn(page, { email: agent.email, password }, '/preferences');
  const section = page.getByRole('region', { name: 'Two-step sign-in' });
  await section.getByLabel('Passkey name').fill('Desk');
  await section.getByRole('button', { name: 'Add a passkey' }).click();
  await expect(section.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
  await section.getByRole('button', { name: 'I have saved them' }).click();

  await logOut(page);
  await checkScreen(page, 'passkeys-sign-in');
  // Keyboard only: the passkey button follows the password form.
  const button = page.getByRole('button', { name: 'Sign in with a passkey' });
  await button.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(path('/'));
  await expect(page.getByLabel('Password')).toHaveCount(0);

  // Passkeys only: new recovery codes with the password.
  await page.goto('/preferences');
  await section.getByRole('button', { name: 'New recovery codes' }).click();
  const dialog = page.getByRole('dialog', { name: 'Make new recovery codes' });
  await expect(dialog.getByLabel('Code from your authenticator app')).toHaveCount(0);
  await dialog.getByLabel('Your password').fill(password);
  await dialog.getByRole('button', { name: 'Make new codes' }).click();
  await expect(section.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
});
