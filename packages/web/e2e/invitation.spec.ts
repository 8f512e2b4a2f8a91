// An admin invites someone; the invitation email arrives over SMTP, its link opens the
// accept page (which names the address and the helpdesk), and the invited person ends up signed
// in. The link then says at once that it was used; a revoked or unknown link says so too.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlInPage, gqlOk, linkIn, randomSuffix } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';

const INVITE_AGENT = `
  mutation InviteAgent($input: InviteAgentInput!) {
    inviteAgent(input: $input) { id email status }
  }
`;

test('invitation email, accept page, invitee signed in', async ({ page, baseURL, admin, mail }) => {
  // Set-up from the test process with the admin's bearer token: the browser stays signed out.
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `invitee-${randomSuffix()}@example.com`;
  const { inviteAgent } = await gqlOk(baseURL!, INVITE_AGENT, { input: { email, name: 'Ivy Invitee' } }, adminToken);
  expect(inviteAgent.status).toBe('PENDING');

  // The email reaches the SMTP server with a link to this server's accept page.
  const message = await mail.waitFor((m) => m.to.includes(email), 15_000);
  expect(message.subject).toMatch(/invited you to join Roster/);
  const acceptUrl = linkIn(message.text, '/accept-invitation');
  expect(new URL(acceptUrl).origin, 'the link points at PUBLIC_URL').toBe(baseURL);
  expect(new URL(acceptUrl).searchParams.get('token'), 'the link carries a token').toBeTruthy();

  // The accept page is public.
  await page.goto(acceptUrl);
  await expect(page).toHaveURL(path('/accept-invitation'));
  await expect(page.getByRole('heading', { name: 'Accept your invitation' })).toBeVisible();
  // Which address and which helpdesk the account is for, checked when the page opened.
  const summary = page.locator('.invitation-summary');
  await expect(summary.getByRole('definition').first()).toHaveText(email);
  await expect(summary).toContainText(new URL(baseURL!).host);
  await expect(page.getByText(`invited you to ${new URL(baseURL!).host}.`)).toBeVisible();
  const nameInput = page.getByLabel('Name');
  await expect(nameInput).toHaveAttribute('placeholder', /as in your invitation/);
  await expect(page.getByText('Leave empty to use the name')).toContainText('name in your invitation');
  await checkScreen(page, 'accept-invitation');

  // Client-side checks before anything is sent.
  const password = `invitee-Passphrase-${randomSuffix()}`;
  await page.getByLabel('Password', { exact: true }).fill('short');
  await page.getByLabel('Confirm password').fill('short');
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('alert')).toContainText('Password must be at least');
  await checkScreen(page, 'accept-invitation-too-short');
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByLabel('Confirm password').fill(`${password}x`);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page.getByRole('alert')).toContainText('Confirm password does not match');

  // Accepting signs the invitee in and lands on the home page.
  const chosenName = `Ivy Accepted ${randomSuffix()}`;
  await nameInput.fill(chosenName);
  await page.getByLabel('Confirm password').fill(password);
  await page.getByRole('button', { name: 'Accept invitation' }).click();
  await expect(page).toHaveURL(path('/'));
  await expect(page.getByRole('heading', { level: 1, name: `Welcome, ${chosenName}` })).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(chosenName);
  const viewer = await gqlInPage(page, '{ viewer { email name mustChangePassword } }');
  expect(viewer.data?.viewer, 'the session is the invitee').toEqual({ email, name: chosenName, mustChangePassword: false });
  await checkScreen(page, 'accept-invitation-done');

  // The link works once: opening it again says so at once, without the form.
  await page.goto(acceptUrl);
  await expect(page.getByRole('heading', { name: 'Invitation already used' })).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('This invitation was already used.');
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  await checkScreen(page, 'accept-invitation-used');
  await page.getByRole('link', { name: 'Go to sign in' }).click();
  // Still signed in as the invitee, so sign-in is just a page; the link target is what matters.
  await expect(page).toHaveURL(path('/sign-in'));

  // A link without a token, or with one the server does not know, says so straight away.
  await page.goto('/accept-invitation');
  await expect(page.getByRole('heading', { name: 'Invitation link not valid' })).toBeVisible();
  await checkScreen(page, 'accept-invitation-no-token');
  await page.goto(`/accept-invitation?token=unknown-${randomSuffix()}`);
  await expect(page.getByRole('heading', { name: 'Invitation link not valid' })).toBeVisible();
  await checkScreen(page, 'accept-invitation-invalid');
});

test('a revoked invitation says so when its link opens, and asks for a new one', async ({ page, baseURL, admin, mail }) => {
  const adminToken = await apiLogin(baseURL!, admin);
  const email = `revoked-${randomSuffix()}@example.com`;
  const { inviteAgent } = await gqlOk(baseURL!, INVITE_AGENT, { input: { email } }, adminToken);
  const acceptUrl = linkIn((await mail.waitFor((m) => m.to.includes(email), 15_000)).text, '/accept-invitation');
  await gqlOk(baseURL!, `mutation RevokeForSpec($id: ID!) { revokeInvitation(id: $id) { id } }`, { id: inviteAgent.id }, adminToken);

  await page.goto(acceptUrl);
  await expect(page.getByRole('heading', { name: 'Invitation revoked' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('This invitation was revoked.Ask your admin for a new one.');
  await expect(page.getByText(email)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Accept invitation' })).toHaveCount(0);
  await checkScreen(page, 'accept-invitation-revoked');
});
