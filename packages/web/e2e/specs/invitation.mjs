// An admin invites someone; the invitation email arrives over SMTP, its link opens the
// accept page, and the invited person ends up signed in. The link then no longer works.
import { join } from 'node:path';
import {
  apiLogin,
  assert,
  expectPath,
  expectText,
  expectVisible,
  gqlFetch,
  gqlInPage,
  linkIn,
  randomSuffix,
} from '../lib.mjs';

export const name = 'invitation email, accept page, invitee signed in';
export const needsMail = true;

const INVITE_AGENT = `
  mutation InviteAgent($input: InviteAgentInput!) {
    inviteAgent(input: $input) { id email status }
  }
`;

export async function run({ page, baseUrl, admin, mail, resultsDir }) {
  // Set-up from the harness with the admin's bearer token: the browser stays signed out.
  const adminToken = await apiLogin(baseUrl, admin);
  const email = `invitee-${randomSuffix()}@example.com`;
  const invited = await gqlFetch(baseUrl, INVITE_AGENT, { input: { email, name: 'Ivy Invitee' } }, adminToken);
  assert.ok(!invited.errors, `inviteAgent failed: ${JSON.stringify(invited.errors)}`);
  assert.equal(invited.data.inviteAgent.status, 'PENDING');

  // The email reaches the SMTP server with a link to this server's accept page.
  const message = await mail.waitFor((m) => m.to.includes(email), 15_000);
  assert.match(message.subject, /invited you to join Roster/);
  const acceptUrl = linkIn(message.text, '/accept-invitation');
  assert.equal(new URL(acceptUrl).origin, baseUrl, 'the link points at PUBLIC_URL');
  assert.ok(new URL(acceptUrl).searchParams.get('token'), 'the link carries a token');

  // The accept page is public.
  await page.goto(acceptUrl);
  await expectPath(page, '/accept-invitation');
  await expectVisible(page.getByRole('heading', { name: 'Accept your invitation' }), 'the accept heading');
  const nameInput = page.getByLabel('Name');
  assert.match((await nameInput.getAttribute('placeholder')) ?? '', /as in your invitation/);
  await expectText(page.getByText('Leave empty to use the name'), 'name in your invitation', 'the name hint');
  await page.screenshot({ path: join(resultsDir, 'accept-invitation.png'), fullPage: true });

  // Client-side checks before anything is sent.
  const password = `invitee-Passphrase-${randomSuffix()}`;
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expectText(page.getByRole('alert'), 'Password must be at least', 'the too-short error');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(`${password}x`);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expectText(page.getByRole('alert'), 'Confirm password does not match', 'the mismatch error');

  // Accepting signs the invitee in and lands on the home page.
  const chosenName = `Ivy Accepted ${randomSuffix()}`;
  await nameInput.fill(chosenName);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expectPath(page, '/');
  await expectVisible(page.getByRole('heading', { level: 1, name: `Welcome, ${chosenName}` }), 'the home heading');
  await expectText(page.getByRole('banner'), chosenName, 'the header');
  const viewer = await gqlInPage(page, '{ viewer { email name mustChangePassword } }');
  assert.deepEqual(viewer.data?.viewer, { email, name: chosenName, mustChangePassword: false }, 'the session is the invitee');
  await page.screenshot({ path: join(resultsDir, 'accept-invitation-done.png'), fullPage: true });

  // The link works once: opening it again ends with the invalid-link message.
  await page.goto(acceptUrl);
  await expectVisible(page.getByRole('note'), 'the already-signed-in note');
  await expectText(page.getByRole('note'), chosenName, 'the already-signed-in note');
  await page.getByLabel('Password', { exact: true }).fill(`${password}-again`);
  await page.getByLabel('Confirm password').fill(`${password}-again`);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expectVisible(page.getByRole('heading', { name: 'Invitation link not valid' }), 'the invalid-link heading');
  await expectText(page.getByRole('alert'), 'invalid', 'the invalid-link message');
  await page.screenshot({ path: join(resultsDir, 'accept-invitation-invalid.png'), fullPage: true });
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  // Still signed in as the invitee, so sign-in is just a page; the link target is what matters.
  await expectPath(page, '/sign-in');

  // A link without a token says so straight away.
  await page.goto('/accept-invitation');
  await expectVisible(page.getByRole('heading', { name: 'Invitation link not valid' }), 'the no-token message');
}
