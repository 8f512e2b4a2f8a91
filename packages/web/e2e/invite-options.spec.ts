// Invitations with a role, teams and permission groups (issue 19.1): from the admin home and
// from bulk add's list of addresses; the invitation email names them.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';
import { Setup } from './support/agents';

const INVITATIONS = `query InvitationsForOptionsSpec { invitations(status: PENDING) { email isAdmin teams { id } permissionGroups { id } } }`;

test('invite an administrator into two teams from the admin home; the email names role and teams', async ({
  page,
  admin,
  baseURL,
  mail,
}) => {
  const token = await apiLogin(baseURL!, admin);
  const setup = new Setup(baseURL!, token);
  const [support, billing] = [await setup.team('Support'), await setup.team('Billing')];
  await openSignedIn(page, admin, '/admin');
  const panel = page.getByRole('region', { name: 'Invite an agent' });
  const email = `ada-${randomSuffix()}@example.com`;
  await panel.getByLabel('Email').fill(email);
  await panel.getByRole('radio', { name: 'Administrator' }).check();
  const teams = panel.getByRole('group', { name: 'Teams' });
  await teams.getByRole('checkbox', { name: support.name }).check();
  await teams.getByRole('checkbox', { name: billing.name }).check();
  await checkScreen(page, 'admin-home-invite-options');
  await panel.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();

  const { invitations } = await gqlOk(baseURL!, INVITATIONS, {}, token);
  const sent = invitations.find((i: { email: string }) => i.email === email);
  expect(sent).toMatchObject({ isAdmin: true, permissionGroups: [{ id: '1' }] });
  expect(sent.teams.map((t: { id: string }) => t.id).sort()).toEqual([support.id, billing.id].sort());
  const msg = await mail.waitFor((m) => m.to.includes(email), 15_000);
  expect(msg.subject).toBe('Administrator invited you to join Roster');
  const [first, second] = [support.name, billing.name].sort((a, b) => a.localeCompare(b));
  expect(msg.text).toContain(
    `You were invited as an administrator, in teams ${first}, ${second}, with the permission group All Permissions.`,
  );
});

test('bulk add invites the list with the role, group and team chosen', async ({ page, admin, baseURL, mail }) => {
  const token = await apiLogin(baseURL!, admin);
  const setup = new Setup(baseURL!, token);
  const team = await setup.team('Night');
  await openSignedIn(page, admin, '/agents/bulk');
  const tag = randomSuffix();
  const emails = [`ann.${tag}@example.com`, `bo.${tag}@example.com`];
  await page.getByLabel('Email addresses').fill(emails.join('\n'));
  const groups = page.getByRole('group', { name: 'Permission groups' });
  await groups.getByRole('checkbox', { name: /^All Permissions/ }).uncheck();
  await groups.getByRole('checkbox', { name: /^All Non-Destructive Permissions/ }).check();
  await page.getByRole('group', { name: 'Teams' }).getByRole('checkbox', { name: team.name }).check();
  await checkScreen(page, 'bulk-add-invite-options');
  await page.getByRole('button', { name: 'Invite 2 addresses' }).click();
  await expect(page.getByRole('status').filter({ hasText: '2 addresses invited.' })).toBeVisible();

  const { invitations } = await gqlOk(baseURL!, INVITATIONS, {}, token);
  for (const email of emails) {
    expect(invitations.find((i: { email: string }) => i.email === email)).toEqual({
      email,
      isAdmin: false,
      teams: [{ id: team.id }],
      permissionGroups: [{ id: '2' }],
    });
    const msg = await mail.waitFor((m) => m.to.includes(email), 15_000);
    expect(msg.text).toContain(
      `You were invited as an agent, in team ${team.name}, with the permission group All Non-Destructive Permissions.`,
    );
  }
});

test('a German administrator invites in German: the Language select, the German email, and the API’s errors in German', async ({
  page,
  admin,
  baseURL,
  mail,
}) => {
  const setup = new Setup(baseURL!, await apiLogin(baseURL!, admin));
  const password = `Invite-Language-${randomSuffix()}`;
  const chefin = await setup.agent('Dora Deutsch', { isAdmin: true, language: 'de', password });
  await openSignedIn(page, { email: chefin.email, password }, '/admin');
  const panel = page.getByRole('region', { name: 'Agenten einladen' });
  const language = panel.getByRole('combobox', { name: 'Sprache' });
  // The inviting agent's language to start with.
  await expect(language).toHaveValue('Deutsch (de)');
  const email = `emil-${randomSuffix()}@example.com`;
  await panel.getByLabel('E-Mail').fill(email);
  await checkScreen(page, 'admin-home-invite-language-de');
  await panel.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Einladung an ${email} gesendet.` })).toBeVisible();
  const msg = await mail.waitFor((m) => m.to.includes(email), 15_000);
  expect(msg.subject).toBe('Dora Deutsch hat Sie zu Roster eingeladen');
  expect(msg.text).toContain('Nehmen Sie die Einladung an und wählen Sie Ihr Passwort');

  // Inviting the same person again: the API's field error, in German, next to the field.
  await panel.getByLabel('E-Mail').fill(email);
  await panel.getByRole('button', { name: 'Einladung senden' }).click();
  await expect(panel.getByText('hat bereits eine offene Einladung: Senden Sie diese stattdessen erneut').first()).toBeVisible();
  await checkScreen(page, 'admin-home-invite-error-de');
});
