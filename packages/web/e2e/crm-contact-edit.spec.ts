// A user's contact information and time zone edited in place, saved, and still there after a reload
// (a website typed without https:// is stored and shown with it); Escape drops an edit; leaving the
// record with an unsaved edit asks first. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signInByApi } from './support/pages';
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

  await signInByApi(page, admin);
  await page.goto(`/crm/users/${user.id}`);
  await expect(page.getByRole('heading', { level: 2, name: user.name })).toBeVisible();

  // Contact information: phone and a website without a scheme.
  const contact = page.getByRole('region', { name: 'Contact information' });
  await contact.getByRole('button', { name: 'Edit contact information' }).click();
  const form = page.getByRole('form', { name: 'Contact information' });
  await expect(form.getByRole('combobox', { name: 'Phone country code' })).toBeFocused();
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

test('CRM record: the phone takes a country and a number, is stored in E.164 and shown formatted; a wrong number says why by the field', async ({
  page,
  baseURL,
  admin,
}) => {
  test.setTimeout(90_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const user = (
    await gqlOk(baseURL!, CREATE_USER, { input: { name: `Gerda Phone ${suffix}`, emails: [`gerda.${suffix}@example.com`] } }, token)
  ).createUser;

  await signInByApi(page, admin);
  await page.goto(`/crm/users/${user.id}`);
  const contact = page.getByRole('region', { name: 'Contact information' });
  await contact.getByRole('button', { name: 'Edit contact information' }).click();
  const form = page.getByRole('form', { name: 'Contact information' });
  const country = form.getByRole('combobox', { name: 'Phone country code' });
  const phone = form.getByRole('textbox', { name: 'Phone' });

  // A wrong number for the country: the API's reason by the field, what was typed kept.
  await country.selectOption({ label: 'Germany +49' });
  await phone.fill('123');
  await form.getByRole('button', { name: 'Save contact information' }).click();
  await expect(phone).toHaveAccessibleDescription(/Phone is not a valid phone number for the country chosen/);
  await expect(phone).toHaveAttribute('aria-invalid', 'true');
  await expect(phone).toHaveValue('123');
  await expect(country).toHaveValue('DE');
  await checkScreen(page, 'crm-contact-phone-error');

  // A German number typed nationally: previewed, saved in E.164, shown in international format.
  await phone.fill('030 901820');
  await expect(form.getByText('+49 30 901820')).toBeVisible();
  await checkScreen(page, 'crm-contact-phone-edit');
  await form.getByRole('button', { name: 'Save contact information' }).click();
  await expect(form).toBeHidden();
  await expect(contact.getByRole('link', { name: '+49 30 901820' })).toHaveAttribute('href', 'tel:+4930901820');
  await page.reload();
  await expect(contact.getByRole('link', { name: '+49 30 901820' })).toBeVisible();
  await checkScreen(page, 'crm-contact-phone-saved');
  const stored = await gqlOk(baseURL!, `query CrmContactPhone($id: ID!) { user(id: $id) { phone } }`, { id: user.id }, token);
  expect(stored.user.phone).toBe('+4930901820');

  // Edited again: the stored number opens as its country and national number.
  await contact.getByRole('button', { name: 'Edit contact information' }).click();
  await expect(country).toHaveValue('DE');
  await expect(phone).toHaveValue('030 901820');
});
