// createAgent sends a welcome email with the temporary password and the Quick Start Guide
// PDF; signing in with that password leads to the forced password change.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { id email mustChangePassword } temporaryPassword }
  }
`;

test('welcome email with PDF and temporary password', async ({ page, baseURL, admin, mail }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `welcome-${randomSuffix()}@example.com`;
  const { createAgent } = await gqlOk(
    baseURL!,
    CREATE_AGENT,
    { input: { email, name: 'Wendy Welcome', sendWelcomeEmail: true, forcePasswordChange: true } },
    adminToken,
  );
  const { temporaryPassword, agent } = createAgent;
  expect(temporaryPassword, 'createAgent returns a temporary password').toBeTruthy();
  expect(agent.mustChangePassword).toBe(true);

  const message = await mail.waitFor((m) => m.to.includes(email), 15_000);
  expect(message.text, 'the email text has the temporary password').toContain(temporaryPassword);
  expect(message.text, 'the email text has the login email').toContain(email);
  const pdfs = message.attachments.filter((a) => a.contentType === 'application/pdf');
  expect(pdfs, 'one PDF attachment').toHaveLength(1);
  expect(pdfs[0].filename ?? '').toMatch(/\.pdf$/i);
  expect(pdfs[0].size, 'the PDF has content').toBeGreaterThan(1000);

  // The email's sign-in link reaches the sign-in page, and the temporary password forces a change.
  const signInUrl = /^Sign in: (\S+)$/m.exec(message.text)?.[1];
  expect(signInUrl, `a "Sign in:" link in the email text:\n${message.text}`).toBeTruthy();
  expect(new URL(signInUrl!).origin, 'the link points at PUBLIC_URL').toBe(baseURL);
  await page.goto(signInUrl!);
  await expect(page).toHaveURL(path('/sign-in'));
  await signIn(page, email, temporaryPassword);
  await expect(page).toHaveURL(path('/change-password'));
  await expect(page.getByRole('heading', { name: 'Change password' })).toBeVisible();
  await expect(page.getByText('temporary password')).toBeVisible();
  await checkScreen(page, 'change-password-temporary');
});
