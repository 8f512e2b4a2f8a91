// User fields and the record's Properties: an admin defines a dropdown and a date field on the admin
// page; an agent with people.edit opens a user, sees only the properties with a value (empty custom
// fields hidden), edits them (a refused value keeps what was typed and says why next to the field),
// and sees them on the record and in the change log. Every screen is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { logOut, path, signIn } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_USER = `mutation CreatePropsUserForSpec($input: CreateUserInput!) { createUser(input: $input) { id } }`;
const CREATE_AGENT = `
  mutation CreatePropsAgentForSpec($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`;

test('admin defines user fields; an agent fills them in on a user record', async ({ page, baseURL, admin }) => {
  // Seven screens, each checked with axe, on a shared two-core machine.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const plan = `Plan ${suffix}`;
  const renewal = `Renewal ${suffix}`;
  const user = await gqlOk(
    baseURL!,
    CREATE_USER,
    { input: { name: `Petra Props ${suffix}`, emails: [`petra.${suffix}@example.com`], timezone: 'Asia/Tokyo', language: 'de' } },
    token,
  );
  const agentEmail = `props.${suffix}@example.com`;
  const agentPassword = 'Props-Agent-Password-0f-Decent-Length!';
  await gqlOk(
    baseURL!,
    CREATE_AGENT,
    {
      input: {
        email: agentEmail,
        name: 'Paula Props',
        password: agentPassword,
        permissionGroupIds: [],
        permissions: ['people.view', 'people.edit'],
        forcePasswordChange: false,
        sendWelcomeEmail: false,
      },
    },
    token,
  );

  // The admin defines the fields.
  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'User fields' }).click();
  await expect(page).toHaveURL(path('/user-fields'));
  const form = page.getByRole('region', { name: 'New user field' });
  await form.getByRole('textbox', { name: 'Name' }).fill(plan);
  await form.getByRole('combobox', { name: 'Type' }).selectOption('DROPDOWN');
  await form.getByRole('textbox', { name: 'Option 1' }).fill('Free');
  await form.getByRole('textbox', { name: 'Option 2' }).fill('Pro');
  await form.getByRole('button', { name: 'Add option' }).click();
  await form.getByRole('textbox', { name: 'Option 3' }).fill('free');
  await form.getByRole('button', { name: 'Create field' }).click();
  // A repeated option is refused next to it; the form keeps what was typed.
  await expect(form.getByRole('textbox', { name: 'Option 3' })).toHaveAccessibleDescription('Option 3 is listed twice');
  await checkScreen(page, 'user-fields-error');
  await form.getByRole('textbox', { name: 'Option 3' }).fill('Enterprise');
  await form.getByRole('textbox', { name: 'Description' }).fill('Their subscription');
  await form.getByRole('button', { name: 'Create field' }).click();
  const table = page.getByRole('table');
  await expect(table.getByRole('row', { name: new RegExp(plan) })).toContainText('Free, Pro, Enterprise');
  await expect(form.getByRole('textbox', { name: 'Name' })).toHaveValue('');
  await form.getByRole('textbox', { name: 'Name' }).fill(renewal);
  await form.getByRole('combobox', { name: 'Type' }).selectOption('DATE');
  await form.getByRole('button', { name: 'Create field' }).click();
  await expect(table.getByRole('row', { name: new RegExp(renewal) })).toContainText('Date');
  // The arrows set the order: the date field first.
  await page.getByRole('button', { name: `Move ${renewal} up` }).click();
  await expect(table.getByRole('row').nth(1)).toContainText(renewal);
  await checkScreen(page, 'user-fields');

  // Rename an option in the edit dialog.
  await page.getByRole('button', { name: `Edit ${plan}` }).click();
  const dialog = page.getByRole('dialog', { name: `Edit user field ${plan}` });
  await dialog.getByRole('textbox', { name: 'Option 3' }).fill('Enterprise plus');
  await checkScreen(page, 'user-fields-edit');
  await dialog.getByRole('button', { name: 'Save field' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: new RegExp(plan) })).toContainText('Free, Pro, Enterprise plus');

  // The agent edits the user's properties.
  await logOut(page);
  await signIn(page, agentEmail, agentPassword);
  await expect(page).toHaveURL(path('/'));
  await page.goto(`/crm/users/${user.createUser.id}`);
  const properties = page.getByRole('region', { name: 'Properties' });
  await expect(properties).toContainText('Asia/Tokyo');
  await expect(properties).toContainText(/local time \d\d:\d\d/);
  await expect(properties).toContainText('German (de)');
  await expect(properties).not.toContainText(plan);
  await expect(properties).not.toContainText(renewal);
  await properties.getByRole('button', { name: 'Edit properties' }).click();
  await properties.getByRole('combobox', { name: plan }).selectOption('Pro');
  await expect(properties.getByRole('combobox', { name: plan })).toHaveAccessibleDescription('Their subscription');
  await properties.getByLabel(renewal).fill('2027-03-31');
  await properties.getByRole('combobox', { name: 'Language' }).fill('fren');
  await page.keyboard.press('Enter');
  await checkScreen(page, 'crm-properties-edit');
  await properties.getByRole('button', { name: 'Save properties' }).click();
  await expect(properties.getByRole('button', { name: 'Edit properties' })).toBeVisible();
  await expect(properties).toContainText(`${plan}Pro`);
  await expect(properties).toContainText(`${renewal}31 Mar 2027`);
  await expect(properties).toContainText('French (fr)');
  await checkScreen(page, 'crm-properties');

  // At 390 px the labels stack over their values and the form fits the width.
  await page.setViewportSize({ width: 390, height: 800 });
  await properties.getByRole('button', { name: 'Edit properties' }).click();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await checkScreen(page, 'crm-properties-edit-390');
  await properties.getByRole('button', { name: 'Cancel' }).click();
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole('tab', { name: 'Change log' }).click();
  const log = page.getByRole('table');
  // Values as the record shows them: empty as a dash (read as "empty"), a date as the app writes dates.
  await expect(log.getByRole('row', { name: new RegExp(`${plan} empty changed to Pro`) })).toBeVisible();
  const renewed = await page.evaluate(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }).format(new Date(2027, 2, 31)));
  await expect(log.getByRole('row', { name: new RegExp(`${renewal} empty changed to ${renewed}`) })).toBeVisible();
  await checkScreen(page, 'crm-properties-change-log');
});
