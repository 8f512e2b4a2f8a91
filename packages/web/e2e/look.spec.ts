// The product look, screen by screen: every screen the visual pass changed (shell, page headers,
// avatars, empty states, the CRM's three panes, dialogs) at 1366 px and 390 px, photographed for
// review and checked with axe, which must find nothing at all.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { openSignedIn, createAgent } from './support/admin-pages';
import { checkScreenSizes } from './support/screens';
import type { Page } from '@playwright/test';

const CREATE_ORG = `mutation CreateOrgForLook($name: String!) { createOrganization(name: $name) { id } }`;
const CREATE_USER = `mutation CreateUserForLook($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_TEAM = `mutation CreateTeamForLook($name: String!) { createTeam(name: $name) { id } }`;
const SET_MEMBERS = `mutation SetMembersForLook($id: ID!, $agentIds: [ID!]!) { setTeamMembers(id: $id, agentIds: $agentIds) { id } }`;

/** Waits for every "Loading …" line to go: the screens are photographed with their data. */
const loaded = (page: Page) => expect(page.getByText(/^Loading/)).toHaveCount(0);

// Two sizes and axe on each screen: slow on a loaded machine.
test.describe.configure({ timeout: 300_000 });

test('lists before this spec adds data (empty on a fresh server), at 1366 px and 390 px', async ({ page, admin }) => {
  await openSignedIn(page, admin, '/departments');
  await expect(page.getByRole('heading', { level: 1, name: 'Departments' })).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-departments');
  await page.goto('/invitations?status=EXPIRED');
  await expect(page.getByText('No expired invitations')).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-invitations-empty');
  await page.goto('/api-tokens');
  await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-api-tokens');
  await page.goto('/crm');
  await expect(page.getByRole('navigation', { name: 'Users' }).getByRole('status')).toHaveText(/users?$/);
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-start');
});

/** A helpdesk with people in it: users in two organizations, an agent in a team. */
async function setUp(baseURL: string, token: string, s: string) {
  const acme = (await gqlOk(baseURL, CREATE_ORG, { name: `Acme Corporation ${s}` }, token)).createOrganization.id;
  const globex = (await gqlOk(baseURL, CREATE_ORG, { name: `Globex ${s}` }, token)).createOrganization.id;
  const people = [
    ['Alicia Álvarez-Montgomery', acme],
    ['Bob Builder', globex],
    ['Chidi Anagonye', acme],
    ['Dana Scully', null],
    ['Eleanor Shellstrop', globex],
  ] as const;
  const ids: string[] = [];
  for (const [name, organizationId] of people) {
    const email = `${name.split(' ')[0].toLowerCase()}.${s}@example.com`;
    const input = { name: `${name} ${s}`, emails: [email], organizationId, summary: 'Prefers email.', phone: '+44 20 7946 0000' };
    ids.push((await gqlOk(baseURL, CREATE_USER, { input }, token)).createUser.id);
  }
  const agent = await createAgent(baseURL, token, {
    email: `tahani.${s}@example.com`,
    name: `Tahani Al-Jamil ${s}`,
    password: 'look-password-1',
  });
  const team = (await gqlOk(baseURL, CREATE_TEAM, { name: `Front line ${s}` }, token)).createTeam.id;
  await gqlOk(baseURL, SET_MEMBERS, { id: team, agentIds: [agent.id] }, token);
  return { ids, agent, people };
}

test('admin screens, page headers, avatars and dialogs at 1366 px and 390 px', async ({ page, baseURL, admin }) => {
  const s = randomSuffix();
  const { agent } = await setUp(baseURL!, await apiLogin(baseURL!, admin), s);
  await openSignedIn(page, admin, '/');
  await loaded(page);
  await checkScreenSizes(page, 'look-home');
  await page.goto('/admin');
  await loaded(page);
  await checkScreenSizes(page, 'look-admin-home');
  await page.goto(`/agents?q=${encodeURIComponent(`Tahani Al-Jamil ${s}`)}`);
  await expect(page.getByRole('link', { name: new RegExp(`Tahani Al-Jamil ${s}`) })).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-agents');
  await page.goto(`/agents/${agent.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(agent.name);
  await loaded(page);
  await checkScreenSizes(page, 'look-agent-page');
  await page.goto('/agents/new');
  await loaded(page);
  await checkScreenSizes(page, 'look-agent-new');
  await page.goto('/teams');
  await expect(page.getByRole('rowheader', { name: `Front line ${s}` })).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-teams');
  await page.getByRole('button', { name: `Rename Front line ${s}` }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-dialog-form');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('button', { name: `Delete Front line ${s}` }).click();
  await loaded(page);
  await checkScreenSizes(page, 'look-dialog-confirm');
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await page.goto('/invitations');
  await loaded(page);
  await checkScreenSizes(page, 'look-invitations');
  await page.goto('/user-fields');
  await loaded(page);
  await checkScreenSizes(page, 'look-user-fields');
  await page.goto('/permission-groups');
  await loaded(page);
  await checkScreenSizes(page, 'look-permission-groups');
});

test('the CRM as three panes at 1366 px and 390 px', async ({ page, baseURL, admin }) => {
  const s = randomSuffix();
  const { agent, people } = await setUp(baseURL!, await apiLogin(baseURL!, admin), s);
  await openSignedIn(page, admin, '/crm');
  const list = page.getByRole('navigation', { name: 'Users' });
  await page.getByRole('searchbox', { name: 'Search' }).fill(s);
  await expect(list.getByRole('link')).toHaveCount(people.length);
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-list');
  await page.getByRole('button', { name: 'Hide filters' }).click();
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-rail-closed');
  await list.getByRole('link', { name: new RegExp(people[0][0]) }).click();
  await expect(page.getByRole('heading', { level: 2, name: `${people[0][0]} ${s}` })).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-record');
  await page.getByRole('tab', { name: 'Activity' }).click();
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-record-activity');
  // An open record folds the rail on a laptop; it opens again beside the record.
  await page.getByRole('button', { name: 'Show filters' }).click();
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-record-with-rail');
  // The rail's agent list is virtualized: filter it by the agent's team (other specs' agents share the server).
  const agents = page.getByRole('region', { name: 'Agents' });
  await agents.getByRole('combobox', { name: 'Team' }).selectOption({ label: `Front line ${s}` });
  await agents.getByRole('link', { name: agent.name }).click();
  await expect(page.getByRole('heading', { level: 2, name: new RegExp(agent.name) })).toBeVisible();
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-agent');
  await page.goto('/crm/manage');
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-manage');
  await page.goto('/crm/users/new');
  await loaded(page);
  await checkScreenSizes(page, 'look-crm-new-user');
});
