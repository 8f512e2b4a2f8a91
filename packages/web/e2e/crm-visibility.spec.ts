// Team-scoped visibility: the admin assigns an organization to a team (Teams page) and switches the
// setting on (Admin home); an agent of that team then sees only that organization's users in the
// CRM pane (a new user must go into one of their organizations), and a user of another
// organization reads as absent. The setting is switched off again
// at the end: the worker's server is shared with other specs.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { checkScreen } from './support/screens';
import { createAgent, openSignedIn } from './support/admin-pages';

const CREATE_ORG = `mutation CreateOrgForVisibilitySpec($name: String!) { createOrganization(name: $name) { id } }`;
const CREATE_USER = `mutation CreateUserForVisibilitySpec($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_TEAM = `mutation CreateTeamForVisibilitySpec($name: String!) { createTeam(name: $name) { id } }`;
const SET_MEMBERS = `mutation SetMembersForVisibilitySpec($id: ID!, $agentIds: [ID!]!) { setTeamMembers(id: $id, agentIds: $agentIds) { id } }`;
const SWITCH = `mutation SwitchForVisibilitySpec($on: Boolean!) { updateCrmSettings(input: { teamScopedUserVisibility: $on }) { teamScopedUserVisibility } }`;

test('admin scopes a team to an organization; its agent sees only that organization’s users', async ({ page, baseURL, admin }) => {
  // Many screens checked with axe: on a busy 2-core machine this takes more than the default minute.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const s = randomSuffix();
  const acme = `Acme ${s}`;
  const org = async (name: string) => (await gqlOk(baseURL!, CREATE_ORG, { name }, token)).createOrganization.id as string;
  const user = async (name: string, organizationId: string | null) =>
    (
      await gqlOk(
        baseURL!,
        CREATE_USER,
        { input: { name, emails: [`${name.split(' ')[0].toLowerCase()}.${s}@example.com`], organizationId } },
        token,
      )
    ).createUser.id as string;
  const acmeId = await org(acme);
  const globexId = await org(`Globex ${s}`);
  await user(`Ada Acme ${s}`, acmeId);
  await user(`Abe Acme ${s}`, acmeId);
  const globexUser = await user(`Gus Globex ${s}`, globexId);
  await user(`Nia Nobody ${s}`, null);
  const teamName = `Scoped ${s}`;
  const teamId = (await gqlOk(baseURL!, CREATE_TEAM, { name: teamName }, token)).createTeam.id;
  const agent = { email: `scoped.${s}@example.com`, name: `Sam Scoped ${s}`, password: 'scoped agent password' };
  const agentId = (await createAgent(baseURL!, token, agent)).id;
  await gqlOk(baseURL!, SET_MEMBERS, { id: teamId, agentIds: [agentId] }, token);

  try {
    // The admin assigns Acme to the team.
    await openSignedIn(page, admin, '/teams');
    const row = page.getByRole('row').filter({ hasText: teamName });
    await expect(row).toContainText('None');
    await row.getByRole('button', { name: `Edit organizations of ${teamName}` }).click();
    const dialog = page.getByRole('dialog', { name: `Organizations of ${teamName}` });
    await dialog.getByLabel('Find organizations').fill(acme);
    await dialog.getByRole('checkbox', { name: acme }).check();
    await expect(dialog.getByText('1 organization selected')).toBeVisible();
    await checkScreen(page, 'team-organizations-dialog');
    await dialog.getByRole('button', { name: 'Save organizations' }).click();
    await expect(dialog).toBeHidden();
    await expect(row).toContainText('1 organization');
    await expect(row).toContainText(acme);
    await checkScreen(page, 'teams-with-organizations');

    // ...and switches team-scoped visibility on.
    await page.goto('/admin');
    const toggle = page.getByRole('switch', { name: "Agents see only users of their teams' organizations" });
    await expect(toggle).not.toBeChecked();
    await toggle.click();
    // Asked first: it hides users from every agent who is not an administrator.
    const confirm = page.getByRole('alertdialog', { name: 'Turn on team-scoped visibility?' });
    await expect(confirm).toContainText('Every agent who is not an administrator');
    await checkScreen(page, 'admin-crm-settings-confirm');
    await confirm.getByRole('button', { name: 'Turn on' }).click();
    await expect(confirm).toBeHidden();
    await expect(toggle).toBeChecked();
    await expect(page.getByText(/Last changed by/)).toBeVisible();
    await checkScreen(page, 'admin-crm-settings');
    await logOut(page);

    // The agent sees Acme's two users, and nothing of Globex's or of users without an organization.
    await signIn(page, agent.email, agent.password);
    await expect(page).toHaveURL(path('/'));
    await page.goto('/crm');
    await expect(page.getByText("You see the users of your teams' organizations only.")).toBeVisible();
    const list = page.getByRole('navigation', { name: 'Users' });
    await expect(list.getByRole('status')).toHaveText('2 users');
    await expect(list.getByRole('link')).toHaveText([new RegExp(`Abe Acme ${s}`), new RegExp(`Ada Acme ${s}`)]);
    await checkScreen(page, 'crm-scoped-list');

    // A new user must go into one of the agent's organizations.
    await page.getByRole('link', { name: 'New user' }).click();
    await page.getByRole('textbox', { name: 'Name' }).fill(`Cy Acme ${s}`);
    await page.getByRole('textbox', { name: 'Email' }).fill(`cy.${s}@example.com`);
    await page.getByRole('button', { name: 'Create user' }).click();
    const orgField = page.getByRole('combobox', { name: 'Organization' }).last();
    await expect(orgField).toHaveAccessibleDescription(/Organization is required/);
    await checkScreen(page, 'crm-scoped-new-user');
    await orgField.selectOption({ label: acme });
    await page.getByRole('button', { name: 'Create user' }).click();
    await expect(page.getByRole('heading', { level: 2, name: `Cy Acme ${s}` })).toBeVisible();
    await expect(list.getByRole('status')).toHaveText('3 users');
    await page.goto(`/crm/users/${globexUser}`);
    await expect(page.getByText('This user does not exist (or was merged into another user).')).toBeVisible();
    await checkScreen(page, 'crm-scoped-out-of-scope');
  } finally {
    await gqlOk(baseURL!, SWITCH, { on: false }, token);
  }
});
