// A user's contact information and time zone edited in place, saved, and still there after a reload
// (a website typed without https:// is stored and shown with it); Escape drops an edit; leaving the
// record with an unsaved edit asks first. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_USER = `mutation CreateContactEditUser($input: CreateUserInput!) { createUser(input: $input) { id name } }`;

test('CRM record: contact and time zone saved and reloaded; Escape drops an edit; leaving with one asks', async ({
  page,
  baseURL,
  admin,
}) => {
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const user = (
    await gqlOk(baseURL!, CREATE_USER, { input: { name: `Edna Edit ${suffix}`, emails: [`edna.${suffix}@example.com`] } }, token)
  ).createUser;

  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  await page.goto(`/crm/users/${user.id}`);
  await expect(page.getByRole('heading', { level: 2, name: user.name })).toBeVisible();

  // Contact information: phone and a website without a scheme.
  const contact = page.getByRole('region', { name: 'Contact information' });
  await contact.getByRole('button', { name: 'Edit contact information' }).click();
  const form = page.getByRole('form', { name: 'Contact information' });
  await expect(form.getByRole('textbox', { name: 'Phone' })).toBeFocused();
  await form.getByRole('textbox', { name: 'Phone' }).fill('+1 415 555 0100');
  await form.getByRole('textbox', { name: 'Website' }).fill('acme.example');
  await form.getByRole('button', { name: 'Save contact information' }).click();
  await expect(form).toBeHidden();
  await expect(contact.getByRole('button', { name: 'Edit contact information' })).toBeFocused();
  await expect(contact.getByRole('link', { name: /https:\/\/acme\.example/ })).toHaveAttribute('href', 'https://acme.example/');

  // Time zone, in Properties.
  const properties = page.getByRole('region', { name: 'Properties' });
  await properties.getByRole('button', { name: 'Edit properties' }).click();
  await properties.getByRole('combobox', { name: 'Time zone' }).fill('Paris');
  await page.keyboard.press('Enter');
  await properties.getByRole('button', { name: 'Save properties' }).click();
  await expect(properties.getByRole('button', { name: 'Edit properties' })).toBeVisible();

  await page.reload();
  await expect(contact.getByRole('link', { name: '+1 415 555 0100' })).toHaveAttribute('href', 'tel:+14155550100');
  await expect(contact.getByRole('link', { name: /https:\/\/acme\.example/ })).toBeVisible();
  await expect(properties).toContainText('Europe/Paris');
  await checkScreen(page, 'crm-contact-edit-saved');

  // Escape drops the edit: the next one starts from what is saved.
  await contact.getByRole('button', { name: 'Edit contact information' }).click();
  await form.getByRole('textbox', { name: 'Phone' }).fill('+1 415 555 0199');
  await page.keyboard.press('Escape');
  await expect(form).toBeHidden();
  await expect(contact.getByRole('link', { name: '+1 415 555 0100' })).toBeVisible();

  // Leaving with an unsaved edit asks; Stay keeps it, Discard and leave goes.
  await contact.getByRole('button', { name: 'Edit contact information' }).click();
  await expect(form.getByRole('textbox', { name: 'Website' })).toHaveValue('https://acme.example');
  await form.getByRole('textbox', { name: 'Phone' }).fill('+1 415 555 0123');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Leave without saving?' });
  await expect(confirm).toContainText('unsaved changes to contact information');
  await checkScreen(page, 'crm-contact-edit-leave');
  await confirm.getByRole('button', { name: 'Stay on this page' }).click();
  await expect(confirm).toBeHidden();
  await expect(page).toHaveURL(path(`/crm/users/${user.id}`));
  await expect(form.getByRole('textbox', { name: 'Phone' })).toHaveValue('+1 415 555 0123');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home', exact: true }).click();
  await confirm.getByRole('button', { name: 'Discard and leave' }).click();
  await expect(page).toHaveURL(path('/'));
});
