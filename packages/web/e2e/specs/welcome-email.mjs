// createAgent sends a welcome email with the temporary password and the Quick Start Guide
// PDF; signing in with that password leads to the forced password change.
import {
  apiLogin,
  assert,
  expectPath,
  expectVisible,
  gqlFetch,
  randomSuffix,
} from '../lib.mjs';

export const name = 'welcome email with PDF and temporary password';
export const needsMail = true;

const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) {
    createAgent(input: $input) { agent { id email mustChangePassword } temporaryPassword }
  }
`;

export async function run({ page, baseUrl, admin, mail }) {
  const adminToken = await apiLogin(baseUrl, admin);
  const email = `welcome-${randomSuffix()}@example.com`;
  const created = await gqlFetch(
    baseUrl,
    CREATE_AGENT,
    { input: { email, name: 'Wendy Welcome', sendWelcomeEmail: true, forcePasswordChange: true } },
    adminToken,
  );
  assert.ok(!created.errors, `createAgent failed: ${JSON.stringify(created.errors)}`);
  const { temporaryPassword, agent } = created.data.createAgent;
  assert.ok(temporaryPassword, 'createAgent returns a temporary password');
  assert.equal(agent.mustChangePassword, true);

  const message = await mail.waitFor((m) => m.to.includes(email), 15_000);
  assert.ok(message.text.includes(temporaryPassword), 'the email text contains the temporary password');
  assert.ok(message.text.includes(email), 'the email text contains the login email');
  const pdfs = message.attachments.filter((a) => a.contentType === 'application/pdf');
  assert.equal(pdfs.length, 1, `one PDF attachment, got ${JSON.stringify(message.attachments)}`);
  assert.match(pdfs[0].filename ?? '', /\.pdf$/i);
  assert.ok(pdfs[0].size > 1000, `the PDF has content (${pdfs[0].size} bytes)`);

  // The email's sign-in link reaches the sign-in page, and the temporary password forces a change.
  const signInUrl = /^Sign in: (\S+)$/m.exec(message.text)?.[1];
  assert.ok(signInUrl, `a "Sign in:" link in the email text:\n${message.text}`);
  assert.equal(new URL(signInUrl).origin, baseUrl, 'the link points at PUBLIC_URL');
  await page.goto(signInUrl);
  await expectPath(page, '/sign-in');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(temporaryPassword);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expectPath(page, '/change-password');
  await expectVisible(page.getByRole('heading', { name: 'Change password' }), 'the change-password heading');
  await expectVisible(page.getByText('temporary password'), 'the temporary-password note');
}
