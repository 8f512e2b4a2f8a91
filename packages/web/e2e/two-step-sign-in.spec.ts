// Two-step sign-in: an agent sets up an authenticator app in Preferences (codes computed here
// with otplib from the secret shown on screen), signs in with the second step, then with a
// recovery code; an administrator resets it from the agent's Sign-in tab.
import { generate } from 'otplib';
import { expect, test } from './support/fixtures';
import { createAgent, openSignedIn } from './support/admin-pages';
import { openTab } from './support/agent-page';
import { apiLogin, randomSuffix } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

/** The code an authenticator app shows `offsetSeconds` from now (30: the next time step, not used yet). */
const codeFor = (secret: string, offsetSeconds = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

test('set up in Preferences, sign in with a code, then with a recovery code; an admin resets it', async ({ page, admin, baseURL }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const password = 'two-step-passphrase-1';
  const agent = await createAgent(baseURL!, adminToken, { email: `totp-${randomSuffix()}@example.com`, name: 'Tess Totp', password });

  await openSignedIn(page, { email: agent.email, password }, '/preferences');
  const section = page.getByRole('region', { name: 'Two-step sign-in' });
  await section.getByRole('button', { name: 'Set up an authenticator app' }).click();
  await expect(section.getByRole('img', { name: 'QR code to add Roster to your authenticator app' })).toBeVisible();
  const secret = (await section.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);
  await checkScreen(page, 'two-step-enrol');

  await section.getByLabel('Code from your authenticator app').fill('000000' === (await codeFor(secret)) ? '111111' : '000000');
  await section.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  await expect(section.getByRole('alert').first()).toContainText('not the current code');
  await section.getByLabel('Code from your authenticator app').fill(await codeFor(secret));
  await section.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
  const codes = section.getByTestId('recovery-codes').getByRole('listitem');
  await expect(codes).toHaveCount(10);
  const recovery = (await codes.first().textContent())!.trim();
  await expect(section.getByRole('button', { name: 'Download' })).toBeVisible();
  await checkScreen(page, 'two-step-recovery-codes');
  await section.getByRole('button', { name: 'I have saved them' }).click();
  await expect(section).toContainText('10 unused recovery codes');

  // Sign in again: the password, then a code of the next time step (this one was used to confirm).
  await logOut(page);
  await signIn(page, agent.email, password);
  await expect(page.getByRole('heading', { name: 'Two-step sign-in' })).toBeVisible();
  const codeField = page.getByLabel('Code from your authenticator app');
  await expect(codeField).toHaveAttribute('autocomplete', 'one-time-code');
  await expect(codeField).toBeFocused();
  await checkScreen(page, 'two-step-second-step');
  await codeField.fill(await codeFor(secret, 30));
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(path('/'));

  // And with a recovery code.
  await logOut(page);
  await signIn(page, agent.email, password);
  await page.getByRole('button', { name: 'Use a recovery code' }).click();
  await page.getByLabel('Recovery code').fill(recovery);
  await page.getByRole('button', { name: 'Verify' }).click();
  await expect(page).toHaveURL(path('/'));
  await logOut(page);

  // The administrator resets it: the agent's next sign-in needs the password only.
  await openSignedIn(page, admin, `/agents/${agent.id}`);
  await openTab(page, 'Sign-in');
  await expect(page.getByText('On (authenticator app).')).toBeVisible();
  await page.getByRole('button', { name: 'Reset two-step sign-in' }).click();
  await checkScreen(page, 'two-step-admin-reset');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Reset two-step sign-in' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'two-step sign-in was removed' })).toBeVisible();
  await expect(page.getByText('Off.', { exact: true })).toBeVisible();
});

test('when an administrator requires it, an agent without it sets it up right after the password', async ({ page, admin, baseURL }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const password = 'two-step-passphrase-2';
  const agent = await createAgent(baseURL!, adminToken, {
    email: `required-${randomSuffix()}@example.com`,
    name: 'Reggie Required',
    password,
  });

  await openSignedIn(page, admin, '/admin');
  const security = page.getByRole('region', { name: 'Sign-in security' });
  // Saved when chosen: the radio shows the saved value once the server has answered.
  await security.getByLabel(/Required for everyone/).click();
  await expect(page.getByText('Two-step sign-in: required for everyone.')).toBeVisible();
  await expect(security.getByLabel(/Required for everyone/)).toBeChecked();
  await checkScreen(page, 'two-step-admin-setting');
  try {
    await logOut(page);
    await signIn(page, agent.email, password);
    await expect(page).toHaveURL(path('/two-step-setup'));
    await checkScreen(page, 'two-step-setup-required');
    await page.goto('/agents');
    await expect(page).toHaveURL(path('/two-step-setup'));
    await page.getByRole('button', { name: 'Set up an authenticator app' }).click();
    const secret = (await page.getByTestId('totp-secret').textContent())!.trim();
    await page.getByLabel('Code from your authenticator app').fill(await codeFor(secret));
    await page.getByRole('button', { name: 'Turn on two-step sign-in' }).click();
    await expect(page.getByTestId('recovery-codes').getByRole('listitem')).toHaveCount(10);
    await page.getByRole('button', { name: 'I have saved them: continue' }).click();
    await expect(page).toHaveURL(path('/'));
  } finally {
    await page.request.post('/graphql', {
      headers: { authorization: `Bearer ${adminToken}` },
      data: { query: 'mutation { updateSecuritySettings(input: { twoStepSignInRequired: OFF }) { twoStepSignInRequired } }' },
    });
  }
});
