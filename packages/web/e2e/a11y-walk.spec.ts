// Accessibility walk: every admin and CRM screen at a desktop and a phone width, and the main
// states (each menu open, each dialog open, unsaved changes, validation errors), checked with
// axe-core. Unlike checkScreen, any violation fails, whatever its impact. One signed-in page per
// width keeps the run short.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { Setup } from './support/agents';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { navigate, violations } from './support/axe';

const VIEWPORTS = [
  { name: 'desktop', width: 1366, height: 800 },
  { name: 'phone', width: 390, height: 844 },
];

const CREATE_USER = `mutation CreateWalkUser($input: CreateUserInput!) { createUser(input: $input) { id name } }`;
const INVITE = `mutation InviteForWalk($input: InviteAgentInput!) { inviteAgent(input: $input) { id } }`;

test.describe.configure({ timeout: 240_000 });

for (const viewport of VIEWPORTS) {
  test(`axe finds nothing on any screen or state (${viewport.name})`, async ({ page, baseURL, admin }) => {
    await page.setViewportSize(viewport);
    const setup = new Setup(baseURL!, await apiLogin(baseURL!, admin));
    const token = await apiLogin(baseURL!, admin);
    const s = randomSuffix();
    const agent = await setup.agent(`Walk Agent ${s}`);
    await setup.team('Walk team');
    await setup.department('Walk department');
    await setup.permissionGroup('Walk group', ['tickets.reply']);
    const user = (await gqlOk(baseURL!, CREATE_USER, { input: { name: `Walk User ${s}`, emails: [`walk.${s}@example.com`] } }, token))
      .createUser as { id: string; name: string };
    await gqlOk(baseURL!, CREATE_USER, { input: { name: `Walk Other ${s}`, emails: [`other.${s}@example.com`] } }, token);
    await gqlOk(baseURL!, INVITE, { input: { email: `walk.invite.${s}@example.com` } }, token);

    const found: string[] = [];
    const check = async (label: string) => {
      const t0 = Date.now();
      for (const line of await violations(page)) found.push(`${label}: ${line}`);
      if (process.env.WALK_DEBUG)
        console.log(
          label,
          Date.now() - t0,
          found.filter((f) => f.startsWith(`${label}: `)),
        );
    };
    const visit = async (url: string, ready: Locator | null = null) => {
      await navigate(page, url);
      await expect(page).toHaveURL(path(url));
      await expect(ready ?? page.getByRole('heading', { level: 1 }).first()).toBeVisible();
      await expect(page.getByRole('status').filter({ hasText: /^Loading/ })).toHaveCount(0);
      await check(url);
    };

    await page.goto(`/accept-invitation?token=unknown-${s}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Invitation link not valid' })).toBeVisible();
    await check('/accept-invitation');
    await navigate(page, '/sign-in');
    await expect(page.getByRole('button', { name: 'Sign in', exact: true })).toBeVisible();
    await check('/sign-in');
    await signIn(page, admin.email, admin.password);
    await expect(page).toHaveURL(path('/'));

    for (const url of [
      '/',
      '/agents/new',
      '/agents/bulk',
      '/preferences',
      '/change-password',
      '/admin',
      '/invitations',
      '/permission-groups',
      '/teams',
      '/departments',
      '/business-units',
      '/user-fields',
      '/api-tokens',
      '/license',
      '/outbox',
      '/audit',
      '/crm/manage',
      '/crm/import',
    ]) {
      await visit(url);
    }
    await visit('/crm', page.getByRole('searchbox', { name: 'Search' }));
    // The organization filter with no match (on a phone the filter rail starts folded).
    const showFilters = page.getByRole('button', { name: 'Show filters' });
    if (await showFilters.isVisible()) {
      await showFilters.click();
      await check('filter rail open');
    }
    await page.getByRole('combobox', { name: 'Organization' }).fill(`nothing-${s}`);
    await expect(page.getByText('No matches')).toBeVisible();
    await check('organization filter, no match');
    await page.keyboard.press('Escape');

    await visit(`/crm/users/${user.id}`, page.getByRole('heading', { level: 2, name: user.name }));
    await visit('/crm/users/new', page.getByRole('heading', { name: /new user/i }));
    await visit(`/crm/agents/${agent.id}`, page.getByRole('heading', { level: 2, name: agent.name }));

    // Agents list: the new-agent menu, a selection with its bulk menus.
    await visit('/agents');
    await page.getByRole('button', { name: 'More ways to add agents' }).click();
    await expect(page.getByRole('menu')).toBeVisible();
    await check('new-agent menu');
    await page.keyboard.press('Escape');
    await page.getByRole('checkbox', { name: `Select ${agent.name}` }).check();
    for (const menu of ['Teams', 'Permission groups']) {
      const trigger = page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: menu });
      await trigger.click();
      await expect(page.getByRole('main').getByRole('menu')).toBeVisible();
      await check(`bulk ${menu} menu`);
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(`bulk ${menu} dialog`);
      await page.keyboard.press('Escape');
      await expect(trigger).toBeFocused();
    }

    // Agent page: every tab, the gear menu, a confirm dialog, unsaved changes.
    await visit(`/agents/${agent.id}`, page.getByRole('heading', { level: 1, name: agent.name }));
    for (const tab of [
      'Permissions',
      'Permission Groups',
      'Teams',
      'Departments',
      'Ticket Notifications',
      'Other Notifications',
      'Change log',
    ]) {
      await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
      await check(`agent tab ${tab}`);
    }
    // The gear menu by keyboard: Enter opens it inside the main landmark, arrows move, Escape
    // closes it and focus is back on the gear; its item opens Copy settings, whose Escape returns there too.
    const gear = page.getByRole('button', { name: 'Settings menu' });
    await gear.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('main').getByRole('menu');
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await check('gear menu');
    await page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(gear).toBeFocused();
    await page.keyboard.press('Space');
    await expect(menu.getByRole('menuitem').first()).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('copy settings dialog');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
    await expect(gear).toBeFocused();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await check('delete dialog');
    await page.keyboard.press('Escape');
    await page.getByRole('tab', { name: /^Profile/ }).click();
    await page.getByLabel('Name', { exact: true }).fill(`${agent.name} changed`);
    await expect(page.getByRole('button', { name: 'Save changes' })).toBeVisible();
    await check('agent page, unsaved');

    // A form with validation errors.
    await visit('/agents/new');
    await page.getByRole('button', { name: 'Create agent' }).click();
    await expect(page.getByRole('textbox', { name: 'Email' })).toHaveAttribute('aria-invalid', 'true');
    await check('new agent, errors');

    // The merge dialog.
    await visit(`/crm/users/${user.id}`, page.getByRole('heading', { level: 2, name: user.name }));
    await page.getByRole('button', { name: 'Merge…' }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await check('merge dialog');
    await page.keyboard.press('Escape');

    // Permission groups: the new-group dialog with its validation error.
    await visit('/permission-groups');
    await page.getByRole('button', { name: 'New group' }).click();
    const newGroup = page.getByRole('dialog', { name: 'New permission group' });
    await newGroup.getByRole('button', { name: 'Create group' }).click();
    await expect(newGroup.getByText('Group name is required')).toBeVisible();
    await check('new group dialog, errors');
    await page.keyboard.press('Escape');

    // Invitations: revoke confirmation.
    await visit('/invitations');
    await page
      .getByRole('button', { name: /^Revoke/ })
      .first()
      .click();
    await expect(page.getByRole('alertdialog')).toBeVisible();
    await check('revoke dialog');

    expect(found).toEqual([]);
  });
}
