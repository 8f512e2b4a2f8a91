// Issue 24: an agent's phones. An admin adds two phones with country codes on the agent page,
// saves, reloads and sees them stored in E.164 and shown formatted; the row control is checked
// with axe at 1366 and 390 px. The new-agent form has the same rows.
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { gqlInPage, randomSuffix } from './support/graphql';
import { openSignedIn } from './support/admin-pages';
import { checkScreenSizes } from './support/screens';
import { saveAgent, signInWithSetup } from './support/agent-page';

/** Adds the first row, a UK mobile, into an empty Phones list. */
async function addFirstMobile(page: Page, phones: Locator) {
  await expect(phones).toContainText('None.');
  await phones.getByRole('button', { name: '+ Add a phone' }).click();
  // The new row's number has the focus; the country picker is a native select (type-ahead by name).
  await expect(page.getByLabel('Phone number, phone 1')).toBeFocused();
  await page.getByLabel('Country code, phone 1').selectOption('GB');
  await page.getByLabel('Phone number, phone 1').fill('07400 123456');
  await page.getByLabel('Label, phone 1').selectOption('MOBILE');
}

test('adds two phones with country codes, saves, reloads and sees them formatted', async ({ page, baseURL, admin }) => {
  test.setTimeout(90_000);
  const setup = await signInWithSetup(page, baseURL!, admin);
  const agent = await setup.agent('Phil Phones');
  await page.goto(`/agents/${agent.id}`);
  const phones = page.getByRole('region', { name: 'Phones' });

  await addFirstMobile(page, phones);

  await phones.getByRole('button', { name: '+ Add a phone' }).click();
  await page.getByLabel('Country code, phone 2').focus();
  await page.keyboard.type('Germany');
  await expect(page.getByLabel('Country code, phone 2')).toHaveValue('DE');
  await page.getByLabel('Phone number, phone 2').fill('030 5555 0181');
  await page.getByLabel('Label, phone 2').selectOption('WORK');
  await expect(phones).toContainText('+49 30 55550181');
  await checkScreenSizes(page, 'phones-edit');
  await saveAgent(page);

  await page.reload();
  await expect(page.getByLabel('Country code, phone 1')).toHaveValue('GB');
  await expect(page.getByLabel('Phone number, phone 1')).toHaveValue('07400 123456');
  await expect(page.getByLabel('Label, phone 1')).toHaveValue('MOBILE');
  await expect(page.getByLabel('Country code, phone 2')).toHaveValue('DE');
  await expect(page.getByLabel('Label, phone 2')).toHaveValue('WORK');
  await expect(phones.locator('.phone-row-formatted')).toHaveText(['+44 7400 123456', '+49 30 55550181']);
  const stored = (
    await gqlInPage<{ agent: { phones: { label: string; number: string; formatted: string }[]; mobilePhone: string } }>(
      page,
      'query($id: ID!) { agent(id: $id) { phones { label number formatted } mobilePhone } }',
      { id: agent.id },
    )
  ).data!;
  expect(stored.agent.phones).toEqual([
    { label: 'MOBILE', number: '+447400123456', formatted: '+44 7400 123456' },
    { label: 'WORK', number: '+493055550181', formatted: '+49 30 55550181' },
  ]);
  expect(stored.agent.mobilePhone).toBe('+447400123456');

  // A number that is not one for its country: the error sits in its row, nothing is stored.
  await page.getByLabel('Phone number, phone 2').fill('12');
  await page.getByRole('button', { name: 'Save changes' }).click();
  await expect(phones.getByRole('listitem').nth(1).locator('.field-error')).toContainText('Phone number is not a valid phone number');
  await checkScreenSizes(page, 'phones-error');
});

test('the new-agent form takes the same phone rows: a new agent is created with two phones with country codes', async ({ page, admin }) => {
  test.setTimeout(90_000);
  await openSignedIn(page, admin, '/agents/new');
  const suffix = randomSuffix();
  await page.getByLabel('Email', { exact: true }).fill(`pia-${suffix}@example.com`);
  await page.getByLabel('Name', { exact: true }).fill(`Pia Phones ${suffix}`);
  const phones = page.getByRole('region', { name: 'Phones' });
  await addFirstMobile(page, phones);
  await phones.getByRole('button', { name: '+ Add a phone' }).click();
  await page.getByLabel('Country code, phone 2').selectOption('DE');
  await page.getByLabel('Phone number, phone 2').fill('12');
  await page.getByLabel('Label, phone 2').selectOption('WORK');
  await page.getByRole('switch', { name: 'Send welcome email' }).click();

  // A number that is not one for its country: the error sits in its row and in the alert, no agent is made.
  await page.getByRole('button', { name: 'Create agent' }).click();
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Phones: number of the second phone is not a valid phone number');
  await expect(alert).toBeFocused();
  await expect(phones.getByRole('listitem').nth(1).locator('.field-error')).toContainText('Phone number is not a valid phone number');

  await page.getByLabel('Phone number, phone 2').fill('030 5555 0181');
  await expect(phones).toContainText('+49 30 55550181');
  await expect(phones.locator('.field-error')).toHaveCount(0);
  await expect(alert).toHaveCount(0);
  await phones.scrollIntoViewIfNeeded();
  await checkScreenSizes(page, 'agent-new-phones');
  await page.getByRole('button', { name: 'Create agent' }).click();
  await expect(page.getByRole('heading', { name: `Pia Phones ${suffix} was added` })).toBeVisible();
  const href = await page.getByRole('link', { name: `Open Pia Phones ${suffix}` }).getAttribute('href');
  const id = href!.split('/').pop()!;
  const stored = (
    await gqlInPage<{ agent: { phones: { label: string; number: string }[] } }>(
      page,
      'query($id: ID!) { agent(id: $id) { phones { label number } } }',
      { id },
    )
  ).data!;
  expect(stored.agent.phones).toEqual([
    { label: 'MOBILE', number: '+447400123456' },
    { label: 'WORK', number: '+493055550181' },
  ]);
});
