// The new-agent page, issue 19.3: a seat-limit refusal shows by the Create button with focus on it,
// and a permission-group list longer than its box says so (or shows every group).
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { checkScreen } from './support/screens';
import { fillSeats, openSignedIn, revokeInvitations } from './support/admin-pages';

// Its own server with few seats: filling them must not starve other specs.
test.use({ licenseSeats: 3 });

const GROUPS = `query GroupsForNewAgentSpec { permissionGroups { id } }`;
const CREATE_GROUP = `mutation GroupForNewAgentSpec($input: PermissionGroupInput!) { createPermissionGroup(input: $input) { id } }`;

/** Adds custom groups until there are `count` permission groups in all. */
async function groupsInAll(baseUrl: string, token: string, count: number) {
  const { permissionGroups } = await gqlOk(baseUrl, GROUPS, {}, token);
  for (let i = permissionGroups.length; i < count; i++) {
    await gqlOk(baseUrl, CREATE_GROUP, { input: { name: `Tier ${i} ${randomSuffix()}`, permissions: [] } }, token);
  }
}

test('with every seat taken, Create says so by the button and moves focus there', async ({ page, admin, baseURL }) => {
  const token = await apiLogin(baseURL!, admin);
  const { fillers } = await fillSeats(baseURL!, token);
  try {
    await openSignedIn(page, admin, '/agents/new');
    await expect(page.getByRole('group', { name: 'Permission groups' }).getByRole('checkbox', { name: /^All Permissions/ })).toBeChecked();
    await page.getByLabel('Email', { exact: true }).fill(`late-${randomSuffix()}@example.com`);
    await page.getByLabel('Name', { exact: true }).fill('Lena Late');
    await page.getByRole('button', { name: 'Create agent' }).click();

    const alert = page.getByRole('alert').filter({ hasText: 'Upgrade your license or delete an agent' });
    await expect(alert).toBeFocused();
    await expect(alert).toBeInViewport();
    await expect(page.getByRole('button', { name: 'Create agent' })).toBeInViewport();
    await checkScreen(page, 'agent-new-seat-limit');
  } finally {
    await revokeInvitations(baseURL!, token, fillers);
  }
});

test('the permission groups list shows its seventh group, or says it scrolls', async ({ page, admin, baseURL }) => {
  const token = await apiLogin(baseURL!, admin);
  await groupsInAll(baseURL!, token, 7);
  await openSignedIn(page, admin, '/agents/new');
  const groups = page.getByRole('group', { name: 'Permission groups' });
  const boxes = groups.locator('.multi-select-list').getByRole('checkbox');
  await expect(boxes).not.toHaveCount(0);
  await groups.scrollIntoViewIfNeeded();
  const list = groups.locator('.multi-select-list');
  const overflows = await list.evaluate((el) => el.scrollHeight > el.clientHeight + 1);
  if (overflows) await expect(groups.getByText(/in this list: scroll or filter it to see them all/)).toBeVisible();
  else await expect(boxes.last()).toBeInViewport({ ratio: 1 });
  expect(overflows, 'seven groups fit without scrolling').toBe((await boxes.count()) > 8);
  await checkScreen(page, 'agent-new-groups');

  // A list longer than that scrolls in a box of its own, and says so.
  await groupsInAll(baseURL!, token, 12);
  await page.reload();
  await expect(groups.getByText(/permission groups in this list: scroll or filter it to see them all/)).toBeVisible();
  await expect(groups.getByRole('searchbox', { name: 'Filter permission groups' })).toBeVisible();
  await groups.scrollIntoViewIfNeeded();
  await checkScreen(page, 'agent-new-groups-long');
});
