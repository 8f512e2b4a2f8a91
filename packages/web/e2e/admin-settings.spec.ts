// Teams, departments, API tokens, the outbox, Preferences, and the admin check, against the real API.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlFetch, randomSuffix } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { createAgent, openSignedIn } from './support/admin-pages';

test('create, staff, rename and delete a team; create a department', async ({ page, admin }) => {
  await openSignedIn(page, admin, '/teams');
  await expect(page.getByRole('heading', { level: 1, name: 'Teams' })).toBeVisible();
  // Short labels, no explanatory paragraph at the top of the page.
  await expect(page.locator('.page-intro')).toHaveCount(0);
  const name = `Support ${randomSuffix()}`;
  await page.getByLabel('Team name').fill(name);
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Team ${name} created.` })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('No members');

  // Members: tick the admin, save.
  await row.getByRole('button', { name: `Edit members of ${name}` }).click();
  const dialog = page.getByRole('dialog', { name: `Members of ${name}` });
  await dialog.getByLabel('Find agents').fill(admin.email.slice(0, 5));
  await dialog.getByRole('checkbox', { name: new RegExp(admin.email) }).check();
  await expect(dialog.getByText('1 member selected')).toBeVisible();
  await checkScreen(page, 'team-members-dialog');
  await dialog.getByRole('button', { name: 'Save members' }).click();
  await expect(dialog).toBeHidden();
  await expect(row).toContainText('1 member');

  // An empty name is refused next to the field.
  await page.getByRole('button', { name: 'Create team' }).click();
  await expect(page.getByText('Team name is required')).toBeVisible();
  await checkScreen(page, 'teams');

  const renamed = `${name} EU`;
  await row.getByRole('button', { name: `Rename ${name}` }).click();
  const renameDialog = page.getByRole('dialog', { name: `Rename team ${name}` });
  await renameDialog.getByLabel('Team name').fill(renamed);
  await renameDialog.getByRole('button', { name: 'Rename' }).click();
  await expect(renameDialog).toBeHidden();
  const renamedRow = page.getByRole('row').filter({ hasText: renamed });
  await renamedRow.getByRole('button', { name: `Delete ${renamed}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete team ${renamed}?` });
  await expect(confirm).toContainText('1 agent will be taken out of this team');
  await confirm.getByRole('button', { name: 'Delete team' }).click();
  await expect(page.getByRole('row').filter({ hasText: renamed })).toHaveCount(0);

  await page.goto('/departments');
  await expect(page.locator('.page-intro')).toHaveCount(0);
  // What Full and Assign access mean is behind the "?".
  await page.getByRole('button', { name: 'About department access' }).click();
  await expect(page.getByRole('dialog', { name: 'About department access' })).toContainText('Assign: may assign tickets');
  await checkScreen(page, 'departments-help');
  await page.keyboard.press('Escape');
  const dept = `Billing ${randomSuffix()}`;
  await page.getByLabel('Department name').fill(dept);
  await page.getByRole('button', { name: 'Create department' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Department ${dept} created.` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: dept })).toBeVisible();
  await page.getByRole('button', { name: `Delete ${dept}` }).click();
  await expect(page.getByRole('alertdialog', { name: `Delete department ${dept}?` })).toContainText(
    `No agent or permission group has access to ${dept}.`,
  );
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await checkScreen(page, 'departments');
});

test('create an API token: shown once, works, then revoked', async ({ page, admin, baseURL }) => {
  await openSignedIn(page, admin, '/api-tokens');
  await expect(page.locator('.page-intro')).toHaveCount(0);
  await page.getByRole('checkbox', { name: /Read agents/ }).uncheck();
  await page.getByLabel('Name').fill('Nothing');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Scopes need at least one')).toBeVisible();

  const name = `Billing sync ${randomSuffix()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByRole('checkbox', { name: /Write agents/ }).check();
  await page.getByRole('button', { name: 'Create token' }).click();
  const secret = page.getByTestId('new-token');
  await expect(secret).toBeVisible();
  const token = (await secret.textContent())!.trim();
  await expect(page.getByText('it is shown only once')).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('agents:write');
  await expect(row).toContainText('Never');
  await checkScreen(page, 'api-tokens-created');

  const viewer = await gqlFetch(baseURL!, '{ viewer { email } }', {}, token);
  expect(viewer.data?.viewer.email, 'the token acts as its creator').toBe(admin.email);

  // Shown once: gone after a reload; the list shows its prefix only.
  await page.reload();
  await expect(page.getByTestId('new-token')).toHaveCount(0);
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText(token.slice(0, 4));
  await page
    .getByRole('row')
    .filter({ hasText: name })
    .getByRole('button', { name: `Revoke ${name}` })
    .click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke token' }).click();
  await expect(page.getByRole('row').filter({ hasText: name })).toHaveCount(0);
  await page.getByLabel('Show revoked tokens').check();
  await expect(page.getByRole('row').filter({ hasText: name })).toContainText('Revoked');
  expect((await gqlFetch(baseURL!, '{ viewer { email } }', {}, token)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

  await page.goto('/outbox?status=SENT');
  await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
  await checkScreen(page, 'outbox');
});

test("an API token with an expiry date: the list shows it and the token's last use", async ({ page, admin, baseURL }) => {
  await openSignedIn(page, admin, '/api-tokens');
  const name = `Expiring ${randomSuffix()}`;
  await page.getByLabel('Name').fill(name);
  await page.getByLabel('Expires on').fill('2020-01-01');
  await page.getByRole('button', { name: 'Create token' }).click();
  await expect(page.getByText('Expires on must be today or later')).toBeVisible();

  const nextYear = new Date().getFullYear() + 1;
  await page.getByLabel('Expires on').fill(`${nextYear}-06-30`);
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = (await page.getByTestId('new-token').textContent())!.trim();
  const row = page.getByRole('row').filter({ hasText: name });
  const cells = row.getByRole('cell');
  // Cells after the row header: starts with, scopes, created, last used, expires, actions.
  await expect(cells.nth(3)).toHaveText('Never');
  await expect(cells.nth(4)).toContainText(String(nextYear));

  expect((await gqlFetch(baseURL!, '{ viewer { email } }', {}, token)).data?.viewer.email).toBe(admin.email);
  await page.reload();
  await expect(cells.nth(3)).not.toHaveText('Never');
  await checkScreen(page, 'api-tokens-expiry');
});

test('an agent edits their preferences and is kept out of admin screens', async ({ page, admin, baseURL, mail }) => {
  // Nine screens, each checked with axe, on a shared two-core machine.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const agent = { email: `pref-${randomSuffix()}@example.com`, name: 'Pat Prefs', password: `pref-Passphrase-${randomSuffix()}` };
  await createAgent(baseURL!, token, agent);
  await openSignedIn(page, agent, '/');
  await expect(page.getByRole('link', { name: /^Admin: seats/ })).toHaveCount(0);
  await page.getByRole('link', { name: 'Your preferences' }).click();
  await expect(page).toHaveURL(path('/preferences'));
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue(agent.name);
  await checkScreen(page, 'preferences');

  await page.getByLabel('Name', { exact: true }).fill('Pat Preferred');
  await page.getByLabel('Alias').fill('Pat');
  // Phones: the same rows as the agent page (issue 24); the SMS one is the Preferences phone.
  await page.getByRole('button', { name: '+ Add a phone' }).click();
  await page.getByLabel('Country code, phone 1').selectOption('GB');
  await page.getByLabel('Phone number, phone 1').fill('020 7946 0000');
  await page.getByLabel('Label, phone 1').selectOption('SMS');
  // The time zone is a searchable list: a city finds its zone, shown with its offset.
  const zone = page.getByRole('combobox', { name: 'Time zone' });
  await zone.fill('london');
  const london = page.getByRole('listbox', { name: 'Time zone' }).getByRole('option', { name: /^Europe\/London \(UTC[+-]\d\d:\d\d\)$/ });
  await expect(london).toHaveAttribute('aria-selected', 'true');
  await expect(zone).toHaveAttribute('aria-activedescendant', (await london.getAttribute('id'))!);
  await checkScreen(page, 'preferences-time-zone-open');
  await page.keyboard.press('Enter');
  await expect(zone).toHaveAttribute('aria-expanded', 'false');
  await expect(zone).toHaveValue(/^Europe\/London \(UTC/);
  await page.getByLabel('Signature').fill('<p>Pat <b>Support</b></p><script>alert(1)</script>');
  await page.getByRole('checkbox', { name: 'Task due: email' }).uncheck();
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Your preferences have been saved.' })).toBeVisible();
  const preview = page.getByTestId('signature-preview');
  await expect(preview.locator('b')).toHaveText('Support');
  await expect(preview.locator('script')).toHaveCount(0);

  // A zone that does not exist cannot be chosen: nothing matches, no option is announced, the saved zone stays.
  await zone.fill('Mars/Olympus');
  await expect(page.getByRole('status').filter({ hasText: 'No matches' })).toBeVisible();
  await expect(page.getByRole('listbox', { name: 'Time zone' }).getByRole('option')).toHaveCount(0);
  await expect(zone).not.toHaveAttribute('aria-activedescendant');
  await checkScreen(page, 'preferences-time-zone-no-match');
  await page.keyboard.press('Escape');
  await expect(zone).toHaveValue(/^Europe\/London \(UTC/);

  // A required field left blank is marked by the field.
  await page.getByLabel('Name', { exact: true }).fill(' ');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await checkScreen(page, 'preferences-error');
  await page.getByLabel('Name', { exact: true }).fill('Pat Preferred');

  await page.reload();
  await expect(page.getByLabel('Name', { exact: true })).toHaveValue('Pat Preferred');
  await expect(page.getByLabel('Alias')).toHaveValue('Pat');
  await expect(page.getByLabel('Time zone')).toHaveValue(/^Europe\/London \(UTC/);
  await expect(page.getByLabel('Language')).toHaveValue('English (en)');
  await expect(page.getByRole('checkbox', { name: 'Task due: email' })).not.toBeChecked();

  // A new login email needs the current password: the field appears with the new address only.
  const newEmail = `pref-new-${randomSuffix()}@example.com`;
  await expect(page.getByLabel('Current password')).toHaveCount(0);
  await page.getByLabel('Email', { exact: true }).fill(newEmail);
  const current = page.getByLabel('Current password');
  await expect(current).toHaveAttribute('autocomplete', 'current-password');
  await current.fill('not-my-password');
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(current).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('p.field-error')).toHaveText('Current password is not your current password');
  await checkScreen(page, 'preferences-current-password');
  await current.fill(agent.password);
  await page.getByRole('button', { name: 'Save preferences' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: 'Your preferences have been saved.' })).toBeVisible();
  await expect(page.getByLabel('Current password')).toHaveCount(0);
  // The old address is told, without the new one spelled out.
  const notice = await mail.waitFor((m) => m.to.includes(agent.email) && /login email/i.test(m.subject), 15_000);
  expect(notice.text).not.toContain(newEmail);
  expect(notice.text).toContain('p***@e***.com');

  await page.goto('/admin');
  await expect(page.getByRole('heading', { name: 'You need administrator access' })).toBeVisible();
  await checkScreen(page, 'admin-forbidden');
  await page.goto('/api-tokens');
  await expect(page.getByRole('heading', { name: 'You need administrator access' })).toBeVisible();
});
