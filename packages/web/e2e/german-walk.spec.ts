// The SPA in German, every screen: a German admin walks every admin route and a German agent who is
// not an admin the CRM, each at 1366 px and 390 px, with the menus and dialogs people open. Each
// screen is photographed (test-results/screens/de-*.png, for review), checked with axe and for a
// page wider than the window, its h1 and main buttons compared with the German locale files, and
// its visible text searched for English sentences. Findings are collected and asserted at the end, so one run lists them all.
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { Setup } from './support/agents';
import { navigate, violations } from './support/axe';
import { de, englishLines, expectGermanShell, withGerman } from './support/german';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signInByApi } from './support/pages';

const WIDTHS = [1366, 390] as const;
const CREATE_USER = `mutation CreateGermanWalkUser($input: CreateUserInput!) { createUser(input: $input) { id name } }`;
const INVITE = `mutation InviteForGermanWalk($input: InviteAgentInput!) { inviteAgent(input: $input) { id } }`;

// Text that is German although the English pattern matches it: product and standard names, the
// CSV columns integrators rely on (CONTRACT.md), and addresses.
const ALLOWED = [
  /@example\.com/,
  /\bEmail, Name und Permission Groups\b/,
  /\bsowie optional Organization, Usergroups, Phone\b/,
  /\b[a-z]+:(read|write)$/,
  /^Roster\b/,
];

/** One walk's checks: screenshots at both widths, axe and English text at each; findings collected. */
class GermanWalk {
  readonly found: string[] = [];
  constructor(
    private readonly page: Page,
    private readonly role: string,
  ) {}

  /** Photographs and checks the screen as it is, at `widths` (the viewport ends at 1366 px). */
  async check(name: string, widths: readonly number[] = WIDTHS): Promise<void> {
    for (const width of widths) {
      const t0 = Date.now();
      await this.page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await this.page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      const file = join(test.info().project.outputDir, 'screens', `de-${this.role}-${name}-${width}.png`);
      await this.page.screenshot({ path: file, fullPage: true });
      const wide = await this.page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > width) this.found.push(`${name} @${width}: the page is ${wide} px wide (long German words?)`);
      for (const line of await violations(this.page)) this.found.push(`${name} @${width}: axe ${line}`);
      for (const line of await englishLines(this.page, ALLOWED)) this.found.push(`${name} @${width}: English? "${line}"`);
      if (process.env.WALK_DEBUG) console.log(`${name} @${width}: ${Date.now() - t0} ms`);
    }
    if (widths.length > 1) await this.page.setViewportSize({ width: 1366, height: 900 });
  }

  /** Opens `url` in the running SPA and waits for its h1 (`h1`, German) and for no "Wird geladen…". */
  async open(url: string, h1: string | RegExp): Promise<void> {
    await navigate(this.page, url);
    await expect(this.page).toHaveURL(path(url.split('?')[0]));
    await expect(this.page.getByRole('heading', { level: 1 }).first()).toHaveText(h1);
    await expect(this.page.getByRole('status').filter({ hasText: /^Wird geladen|werden geladen/ })).toHaveCount(0);
  }

  /** open, then check the screen at both widths. */
  async visit(url: string, h1: string | RegExp, name = url.replace(/^\//, '').replace(/\//g, '-') || 'home'): Promise<void> {
    await this.open(url, h1);
    await this.check(name);
  }

  /** Opens a dialog with the first button named `button` and checks it (see state). */
  stateByButton(name: string, button: RegExp, shown: Locator): Promise<void> {
    return this.state(name, () => this.page.getByRole('button', { name: button }).first().click(), shown);
  }

  /** Opens a menu or dialog with `open`, checks it at `width`, closes it with Escape (or `close`). */
  async state(name: string, open: () => Promise<unknown>, shown: Locator, width = 1366, close?: () => Promise<unknown>): Promise<void> {
    await open();
    await expect(shown).toBeVisible();
    await this.check(name, [width]);
    await (close ? close() : this.page.keyboard.press('Escape'));
    await expect(shown).toBeHidden();
  }
}

// Its own API and database: the English-text and page-width detectors read every screen whole, and
// other specs' data (agents named "Edna Edit", departments "Walk department ...") would trip them.
test.use({ serverFor: 'german-walk' });

// About 1.5 min a test on an idle machine; the margin is for a busy one.
test.describe.configure({ timeout: 300_000 });

test('a German admin sees every admin screen, menu and dialog in German', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const setup = new Setup(baseURL!, token);
  const s = randomSuffix();
  const agent = await setup.agent(`Walter Wanderer ${s}`);
  await setup.team('Nordteam');
  await setup.department('Buchhaltung');
  await gqlOk(baseURL!, INVITE, { input: { email: `wanda.${s}@example.com` } }, token);
  await gqlOk(baseURL!, CREATE_USER, { input: { name: `Ute Umzug ${s}`, emails: [`ute.${s}@example.com`] } }, token);
  await gqlOk(
    baseURL!,
    `mutation CreateGroupForGermanWalk($name: String!) { createUsergroup(name: $name) { id } }`,
    { name: `Stammkunden ${s}` },
    token,
  );
  await gqlOk(
    baseURL!,
    `mutation CreateOrgForGermanWalk($name: String!) { createOrganization(name: $name) { id } }`,
    { name: `Bäckerei ${s}` },
    token,
  );

  const walk = new GermanWalk(page, 'admin');
  await withGerman(baseURL!, token, async () => {
    await signInByApi(page, admin);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.goto('/');
    await expectGermanShell(page);
    const a = de.agents;
    for (const [url, h1] of [
      ['/', /^Willkommen, /],
      ['/agents', a.shared.agents],
      ['/agents/new', a.shared.newAgent],
      ['/agents/bulk', a.bulkAdd.title],
      ['/admin', de.adminHome.title],
      ['/invitations', de.invitations.page.titlePending],
      ['/permission-groups', de.permissionGroups.page.title],
      ['/teams', de.teams.page.title],
      ['/departments', de.departments.page.title],
      ['/business-units', de.businessUnits.page.title],
      ['/user-fields', de.customFields.title],
      ['/api-tokens', de.apiTokens.page.title],
      ['/license', de.license.page.title],
      ['/single-sign-on', de.sso.page.title],
      ['/audit', de.audit.page.title],
      ['/outbox', de.outbox.title],
      ['/preferences', de.preferences.title],
      ['/change-password', de.auth.changePassword.title],
      ['/crm/manage', de.crm.page.manage],
      ['/crm/import', de.userImport.title],
    ] as const) {
      await walk.visit(url, h1);
    }

    // The bulk-add page's CSV tab.
    await navigate(page, '/agents/bulk');
    await page.getByRole('tab', { name: a.bulkAdd.csv }).click();
    await walk.check('agents-bulk-csv');

    // The agents list: the new-agent menu, a selection with its bulk menus.
    await walk.open('/agents', a.shared.agents);
    await walk.state('agents-new-menu', () => page.getByRole('button', { name: a.list.moreWays }).click(), page.getByRole('menu'));
    // Found by its name first: in a whole run the worker's database holds many agents, this one past the first rows.
    await page.keyboard.press('Escape');
    await page.getByRole('search').getByRole('searchbox').fill(agent.name);
    await page.getByRole('checkbox', { name: a.list.selectOne.replace('{{name}}', agent.name) }).check();
    const toolbar = page.getByRole('toolbar', { name: a.bulk.toolbar });
    await walk.check('agents-selected');
    for (const [i, menu] of ['teams', 'groups'].entries()) {
      await walk.state(
        `agents-bulk-${menu}-menu`,
        () => toolbar.getByRole('button').nth(i).click(),
        page.getByRole('main').getByRole('menu'),
      );
    }
    await toolbar.getByRole('button').first().click();
    await page.getByRole('main').getByRole('menuitem').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await walk.check('agents-bulk-teams-dialog', [1366]);
    await page.keyboard.press('Escape');

    // The agent page: every tab, the gear menu, copy settings, delete.
    await walk.visit(`/agents/${agent.id}`, new RegExp(`^${agent.name}`), 'agent');
    for (const [key, label] of Object.entries(a.page.tabs)) {
      if (key === 'profile') continue;
      await page.getByRole('tab', { name: new RegExp(`^${label}`) }).click();
      await walk.check(`agent-tab-${key}`);
    }
    const gear = page.getByRole('button', { name: a.page.settingsMenu });
    await walk.state('agent-gear-menu', () => gear.click(), page.getByRole('main').getByRole('menu'));
    await gear.click();
    await page.getByRole('menuitem').first().click();
    await expect(page.getByRole('dialog')).toBeVisible();
    await walk.check('agent-copy-settings', [1366]);
    await page.keyboard.press('Escape');
    await walk.state(
      'agent-delete',
      () => page.getByRole('button', { name: de.common.delete, exact: true }).click(),
      page.getByRole('alertdialog'),
    );

    // Validation errors on the new-agent form.
    await walk.open('/agents/new', a.shared.newAgent);
    await page.getByRole('button', { name: a.newAgent.create }).click();
    await expect(page.getByRole('textbox', { name: de.common.email })).toHaveAttribute('aria-invalid', 'true');
    await walk.check('agents-new-errors', [1366]);

    // Dialogs of the admin lists.
    await walk.open('/permission-groups', de.permissionGroups.page.title);
    await walk.state(
      'permission-groups-new',
      () => page.getByRole('button', { name: de.permissionGroups.page.newGroup }).click(),
      page.getByRole('dialog', { name: de.permissionGroups.page.newGroupTitle }),
    );
    await walk.open('/invitations', de.invitations.page.titlePending);
    await walk.stateByButton('invitations-revoke', /^Widerrufen|widerrufen$/, page.getByRole('alertdialog'));
    await walk.open('/teams', de.teams.page.title);
    await walk.stateByButton('teams-rename', /umbenennen$/, page.getByRole('dialog'));
    await walk.open('/crm/manage', de.crm.page.manage);
    await walk.stateByButton('crm-manage-delete', /löschen$/, page.getByRole('alertdialog'));
  });
  expect(walk.found).toEqual([]);
});

test('a German agent who is not an admin sees the CRM, the agents and Preferences in German', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const setup = new Setup(baseURL!, token);
  const s = randomSuffix();
  const password = `Deutsch-Walk-${s}`;
  const me = await setup.agent(`Greta Gast ${s}`, { password, language: 'de' });
  const other = await setup.agent(`Otto Ober ${s}`);
  const user = (await gqlOk(baseURL!, CREATE_USER, { input: { name: `Klara Kundin ${s}`, emails: [`klara.${s}@example.com`] } }, token))
    .createUser as { id: string; name: string };
  await gqlOk(baseURL!, CREATE_USER, { input: { name: `Karl Kunde ${s}`, emails: [`karl.${s}@example.com`] } }, token);

  const walk = new GermanWalk(page, 'agent');
  await signInByApi(page, { email: me.email, password });
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto('/');
  await expectGermanShell(page);
  const c = de.crm;
  await walk.visit('/crm', c.page.title);
  // On a phone the filter rail starts folded.
  await page.setViewportSize({ width: 390, height: 844 });
  await walk.state(
    'crm-filters',
    () => page.getByRole('button', { name: c.page.showFilters }).click(),
    page.getByRole('combobox', { name: c.filters.organization }),
    390,
    () => page.getByRole('button', { name: c.page.hideFilters }).click(),
  );
  await page.setViewportSize({ width: 1366, height: 900 });

  await walk.visit(`/crm/users/${user.id}`, c.page.title, 'crm-user');
  for (const [key, label] of Object.entries(c.record.tabs)) {
    await page.getByRole('tab', { name: label }).click();
    await walk.check(`crm-user-tab-${key}`);
  }
  await page.getByRole('tab', { name: c.record.tabs.record }).click();
  await walk.state('crm-merge', () => page.getByRole('button', { name: c.mergePicker.action }).click(), page.getByRole('dialog'));
  await walk.visit('/crm/users/new', c.page.title, 'crm-user-new');
  await walk.visit(`/crm/agents/${other.id}`, c.page.title, 'crm-agent');
  await walk.visit('/agents', de.agents.shared.agents, 'agents-readonly');
  await walk.visit(`/agents/${other.id}`, new RegExp(`^${other.name}`), 'agent-readonly');
  await walk.visit('/preferences', de.preferences.title);
  await walk.visit('/teams', de.app.adminOnly.title, 'admin-only');
  expect(walk.found).toEqual([]);
});
