// Password resets: "Forgot password?" on the sign-in page emails a single-use link; an admin sends
// one from the agent page, or sets a temporary password shown once that the agent must change.
import { expect, test } from './support/fixtures';
import { createAgent } from './support/admin-pages';
import { apiLogin, gqlFetch, linkIn, randomSuffix } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

const VIEWER = `query ViewerForSpec { viewer { email } }`;

test('Forgot password: link by email, new password, other sessions end', async ({ page, baseURL, admin, mail }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `forgot-${randomSuffix()}@example.com`;
  await createAgent(baseURL!, adminToken, { email, name: 'Fran Forgetful', password: 'old-Passphrase-123' });
  const otherSession = await apiLogin(baseURL!, { email, password: 'old-Passphrase-123' });

  await page.goto('/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('link', { name: 'Forgot password?' }).click();
  await expect(page).toHaveURL(path('/forgot-password'));
  await expect(page.getByLabel('Email'), 'the typed address comes along').toHaveValue(email);
  await checkScreen(page, 'forgot-password');
  await page.getByRole('button', { name: 'Send reset link' }).click();
  await expect(page.getByRole('status')).toContainText(`If ${email} signs in to Roster`);

  const message = await mail.waitFor((m) => m.to.includes(email) && /reset your roster password/i.test(m.subject), 20_000);
  await page.goto(linkIn(message.text, '/set-password'));
  const password = `new-Passphrase-${randomSuffix()}`;
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page).toHaveURL(path('/'));
  const old = await gqlFetch(baseURL!, VIEWER, {}, otherSession);
  expect(old.errors?.[0]?.extensions?.code, 'the session from before the reset has ended').toBe('UNAUTHENTICATED');

  // The link worked once: opening it again offers a new one.
  await page.goto(linkIn(message.text, '/set-password'));
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Set password' }).click();
  await expect(page.getByRole('heading', { name: 'Password link not valid' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Get a new link' })).toHaveAttribute('href', '/forgot-password');
});

test('an admin sends a reset link and sets a temporary password the agent must change', async ({ page, baseURL, admin, mail }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `locked-out-${randomSuffix()}@example.com`;
  const agent = await createAgent(baseURL!, adminToken, { email, name: 'Lou Lockedout', password: 'old-Passphrase-123' });

  await page.goto(`/agents/${agent.id}?tab=sign-in`);
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole('heading', { name: 'Lou Lockedout' })).toBeVisible();
  await expect(page.getByRole('tab', { name: 'Sign-in', selected: true })).toBeVisible();
  await expect(page.getByText(/Last sign-in: never/)).toBeVisible();

  await page.getByRole('button', { name: 'Send password reset' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Send link' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Password reset link sent to ${email}` })).toBeVisible();
  const sent = await mail.waitFor((m) => m.to.includes(email) && /reset your roster password/i.test(m.subject), 20_000);
  expect(sent.text).toMatch(/an administrator, sent you a link/);

  await page.getByRole('button', { name: 'Set temporary password' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Set temporary password' }).click();
  const shown = page.getByRole('alertdialog', { name: 'Temporary password for Lou Lockedout' });
  await expect(shown).toBeVisible();
  await checkScreen(page, 'agent-temporary-password');
  const temporary = (await shown.locator('code').textContent())!.trim();
  expect(temporary).toMatch(/^\S{16}$/);
  await shown.getByRole('button', { name: 'Done' }).click();
  await expect(shown).toBeHidden();
  await expect(page.getByRole('button', { name: 'Set temporary password' }), 'focus returns to the opener').toBeFocused();

  await logOut(page);
  await signIn(page, email, temporary);
  await expect(page).toHaveURL(path('/change-password'));
});

test('an admin signs an agent out everywhere; the agent sees and ends their own sessions', async ({ page, baseURL, admin }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `sessions-${randomSuffix()}@example.com`;
  const password = 'own-Passphrase-123';
  const agent = await createAgent(baseURL!, adminToken, { email, name: 'Sal Sessions', password });
  const elsewhere = await apiLogin(baseURL!, { email, password });

  await page.goto(`/agents/${agent.id}?tab=sign-in`);
  await signIn(page, admin.email, admin.password);
  await expect(page.getByText(/Last sign-in: (?!never)/)).toBeVisible();
  await page.getByRole('button', { name: 'Sign out everywhere' }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Sign out everywhere' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Sal Sessions was signed out of every browser.' })).toBeVisible();
  const old = await gqlFetch(baseURL!, VIEWER, {}, elsewhere);
  expect(old.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await logOut(page);

  // The agent, signed in twice, ends the other session from Preferences.
  const other = await apiLogin(baseURL!, { email, password });
  await signIn(page, email, password);
  await expect(page).toHaveURL(path('/'));
  await page.goto('/preferences');
  const sessions = page.getByRole('region', { name: 'Sessions' });
  await expect(sessions.getByRole('row')).toHaveCount(3);
  await expect(sessions.getByRole('row', { name: /This browser/ })).toBeVisible();
  await checkScreen(page, 'preferences-sessions');
  await sessions.getByRole('button', { name: 'Sign out other sessions' }).click();
  await expect(sessions.getByRole('row')).toHaveCount(2);
  expect((await gqlFetch(baseURL!, VIEWER, {}, other)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  await expect(page.getByRole('heading', { name: 'Preferences' })).toBeVisible();
});
