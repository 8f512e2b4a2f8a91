// The CRM record's identity, contact and membership parts: rename (an empty name is refused and
// stays in the box), contact information (a bad URL is shown next to its field, then fixed; the
// values become links), copy an email (the clipboard and the live announcement), usergroups through
// the dialog (with a new group), the auto-responder badge, deleting the user; then /crm/manage:
// rename a usergroup and delete an organization. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signInByApi } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_USER = `mutation CreateContactUser($input: CreateUserInput!) { createUser(input: $input) { id name } }`;
const CREATE_GROUP = `mutation CreateContactGroup($name: String!) { createUsergroup(name: $name) { id name } }`;
const CREATE_ORG = `mutation CreateContactOrg($name: String!) { createOrganization(name: $name) { id name } }`;

test('CRM record: name, contact information, copy, usergroups, auto-responder and delete', async ({ page, context, baseURL, admin }) => {
  // Eight screens, each checked with axe, on a shared two-core machine.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const email = `cora.${suffix}@example.com`;
  const group = (await gqlOk(baseURL!, CREATE_GROUP, { name: `Partners ${suffix}` }, token)).createUsergroup;
  const user = (await gqlOk(baseURL!, CREATE_USER, { input: { name: `Cora Contact ${suffix}`, emails: [email] } }, token)).createUser;
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL! });

  await signInByApi(page, admin);
  await page.goto(`/crm/users/${user.id}`);
  await expect(page.getByRole('heading', { level: 2, name: user.name })).toBeVisible();
  await checkScreen(page, 'crm-contact-record-empty');

  // Name: an empty one is refused, says why and stays; a real one saves.
  await page.getByRole('button', { name: 'Edit name' }).click();
  const nameBox = page.getByRole('textbox', { name: 'Name', exact: true });
  await nameBox.fill('   ');
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(nameBox).toHaveAccessibleDescription('Name is required');
  await expect(nameBox).toHaveValue('   ');
  await checkScreen(page, 'crm-contact-name-error');
  const renamed = `Cora Renamed ${suffix}`;
  await nameBox.fill(renamed);
  await page.getByRole('button', { name: 'Save name' }).click();
  await expect(page.getByRole('heading', { level: 2, name: renamed })).toBeVisible();
  await expect(nameBox).toBeHidden();

  // Contact information: a bad website is refused next to the field and kept; then fixed.
  await page.getByRole('button', { name: 'Edit contact information' }).click();
  const form = page.getByRole('form', { name: 'Contact information' });
  const website = form.getByRole('textbox', { name: 'Website' });
  await form.getByRole('textbox', { name: 'Phone' }).fill('+44 20 7946 0000');
  await website.fill('not a url');
  await form.getByRole('textbox', { name: 'Twitter' }).fill('@cora_c');
  await form.getByRole('textbox', { name: 'LinkedIn' }).fill('https://www.linkedin.com/in/cora');
  await form.getByRole('textbox', { name: 'Mailing address' }).fill('1 Main Street\nSpringfield');
  await form.getByRole('button', { name: 'Save contact information' }).click();
  await expect(website).toHaveAccessibleDescription(/Website must be a web address such as acme.example/);
  await expect(website).toHaveValue('not a url');
  await expect(form.getByRole('textbox', { name: 'Twitter' })).toHaveValue('@cora_c');
  await checkScreen(page, 'crm-contact-edit-error');
  await website.fill('https://cora.example.com');
  await form.getByRole('button', { name: 'Save contact information' }).click();
  await expect(form).toBeHidden();
  const contact = page.locator('.crm-contact');
  await expect(contact.getByRole('link', { name: /@cora_c/ })).toHaveAttribute('href', 'https://x.com/cora_c');
  await expect(contact.getByRole('link', { name: /cora\.example\.com/ })).toHaveAttribute('rel', 'noopener noreferrer');
  await expect(contact.getByRole('link', { name: '+44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  await expect(contact).toContainText('1 Main Street\nSpringfield');

  // Copy the email: on the clipboard, and said to screen readers.
  await page.getByRole('button', { name: `Copy ${email}` }).click();
  await expect(page.getByRole('status').filter({ hasText: `Copied ${email} to the clipboard.` })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(email);
  await checkScreen(page, 'crm-contact-record');

  // Usergroups: tick one, create another in the dialog (ticked for this user), save.
  await page.getByRole('button', { name: 'Edit usergroups' }).click();
  const dialog = page.getByRole('dialog', { name: `Usergroups of ${renamed}` });
  await dialog.getByRole('checkbox', { name: group.name }).check();
  await dialog.getByRole('textbox', { name: 'New usergroup' }).fill(`Beta ${suffix}`);
  await dialog.getByRole('button', { name: 'Create usergroup' }).click();
  await expect(dialog.getByRole('checkbox', { name: `Beta ${suffix}` })).toBeChecked();
  await checkScreen(page, 'crm-contact-usergroups-dialog');
  await dialog.getByRole('button', { name: 'Save usergroups' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('crm-usergroups')).toHaveText(`Beta ${suffix}, ${group.name}`);

  // Auto-responder: the switch, then the badge in the header.
  const autoResponder = page.getByRole('switch', { name: 'This user is an auto-responder' });
  await expect(autoResponder).toHaveAccessibleDescription(/No automatic replies are sent to this user/);
  await autoResponder.click();
  await expect(autoResponder).toBeChecked();
  await expect(page.locator('.crm-record-header').getByText('Auto-responder')).toBeVisible();
  await checkScreen(page, 'crm-contact-auto-responder');

  // Delete: the confirmation names the user; afterwards the list no longer has them.
  await page.getByRole('button', { name: 'Delete user' }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete ${renamed}?` });
  await expect(confirm).toContainText('cannot be undone');
  await checkScreen(page, 'crm-contact-delete-confirm');
  await confirm.getByRole('button', { name: 'Delete user' }).click();
  await expect(page).toHaveURL(path('/crm'));
  await page.getByRole('searchbox', { name: 'Search' }).fill(`cora.${suffix}`);
  const list = page.getByRole('navigation', { name: 'Users' });
  await expect(list.getByRole('status')).toHaveText('0 users');
  await expect(list.getByRole('link')).toHaveCount(0);
});

test('CRM manage: rename a usergroup and delete an organization; their users stay', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const group = (await gqlOk(baseURL!, CREATE_GROUP, { name: `Gold ${suffix}` }, token)).createUsergroup;
  const org = (await gqlOk(baseURL!, CREATE_ORG, { name: `Zeta Corp ${suffix}` }, token)).createOrganization;
  const user = (
    await gqlOk(
      baseURL!,
      CREATE_USER,
      { input: { name: `Mia Member ${suffix}`, emails: [`mia.${suffix}@example.com`], organizationId: org.id, usergroupIds: [group.id] } },
      token,
    )
  ).createUser;

  await signInByApi(page, admin);
  await page.goto('/crm');
  await page.getByRole('link', { name: 'Organizations and usergroups' }).click();
  await expect(page).toHaveURL(path('/crm/manage'));
  await expect(page.getByRole('heading', { level: 1, name: 'Organizations and usergroups' })).toBeVisible();

  await page.getByRole('button', { name: `Rename ${group.name}` }).click();
  const renameDialog = page.getByRole('dialog', { name: `Rename usergroup ${group.name}` });
  await renameDialog.getByRole('textbox', { name: 'Usergroup name' }).fill(`Platinum ${suffix}`);
  await renameDialog.getByRole('button', { name: 'Rename' }).click();
  await expect(page.getByRole('rowheader', { name: `Platinum ${suffix}` })).toBeVisible();

  await page.getByRole('searchbox', { name: 'Find organizations' }).fill(`Zeta Corp ${suffix}`);
  await expect(page.getByRole('rowheader', { name: org.name })).toBeVisible();
  await checkScreen(page, 'crm-manage');
  await page.getByRole('button', { name: `Delete ${org.name}` }).click();
  const confirm = page.getByRole('alertdialog', { name: `Delete organization ${org.name}?` });
  await expect(confirm).toContainText(`1 user is removed from ${org.name}`);
  await checkScreen(page, 'crm-manage-delete-org');
  await confirm.getByRole('button', { name: 'Delete organization' }).click();
  await expect(confirm).toBeHidden();
  await expect(page.getByText('No organization starts with that.')).toBeVisible();

  // The page on a phone: nothing wider than the screen.
  await page.setViewportSize({ width: 390, height: 800 });
  await page.getByRole('searchbox', { name: 'Find organizations' }).fill('');
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkScreen(page, 'crm-manage-390');
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.goto(`/crm/users/${user.id}`);
  await expect(page.getByTestId('crm-organization')).toHaveText('No organization');
  await expect(page.getByTestId('crm-usergroups')).toHaveText(`Platinum ${suffix}`);
  await page.getByRole('tab', { name: 'Change log' }).click();
  await expect(page.getByRole('table')).toContainText(org.name);
});
