// Issue 24's "done when", in one go: an admin fills the full new-agent form (profile image, a UK and
// a German phone, a business unit, German as the language), sees the image in the agents list, and
// the new agent signs in with the temporary password in a browser of their own and finds the SPA
// in German. Screens checked with axe and saved for review.
import { expect, test } from './support/fixtures';
import { de, expectGermanShell } from './support/german';
import { apiLogin, gqlInPage, gqlOk, randomSuffix } from './support/graphql';
import { openSignedIn } from './support/admin-pages';
import { signIn } from './support/pages';
import { checkScreen, checkScreenSizes } from './support/screens';

// 96x64, two colours: the server crops it to a square and encodes a 256x256 WebP (as avatars.spec.ts).
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAGAAAABACAMAAADS6oI8AAAABlBMVEX0014feozoRyXiAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAMklEQVRYw+3NMQ0AAAwDoM6/6Wno2QQMkJSuFIFAIBAIBAKBQCAQCAQCgUAgEAgEa8EDgLAMAaSOCLQAAAAASUVORK5CYII=',
  'base64',
);
const CREATE_UNIT = `mutation CreateUnitForJourney($name: String!) { createBusinessUnit(name: $name) { id name } }`;

test('an admin creates a German agent with image, two phones and a business unit; the agent signs in to a German SPA', async ({
  page,
  browser,
  baseURL,
  admin,
}) => {
  test.setTimeout(180_000);
  const s = randomSuffix();
  const token = await apiLogin(baseURL!, admin);
  const unit = (await gqlOk(baseURL!, CREATE_UNIT, { name: `Vertrieb Nord ${s}` }, token)).createBusinessUnit as {
    id: string;
    name: string;
  };
  const name = `Jana Journey ${s}`;
  const email = `jana.${s}@example.com`;

  await openSignedIn(page, admin, '/agents/new');
  await page.getByLabel('Email', { exact: true }).fill(email);
  await page.getByLabel('Name', { exact: true }).fill(name);
  const image = page.getByRole('group', { name: 'Profile image' });
  await image.getByLabel('Upload image').setInputFiles({ name: 'jana.png', mimeType: 'image/png', buffer: PNG });
  await expect(image.locator('.avatar img')).toBeVisible();
  await page.getByLabel('Business unit', { exact: true }).selectOption({ label: unit.name });

  const phones = page.getByRole('region', { name: 'Phones' });
  await phones.getByRole('button', { name: '+ Add a phone' }).click();
  await page.getByLabel('Country code, phone 1').selectOption('GB');
  await page.getByLabel('Phone number, phone 1').fill('07400 123456');
  await page.getByLabel('Label, phone 1').selectOption('MOBILE');
  await phones.getByRole('button', { name: '+ Add a phone' }).click();
  await page.getByLabel('Country code, phone 2').selectOption('DE');
  await page.getByLabel('Phone number, phone 2').fill('030 5555 0181');
  await page.getByLabel('Label, phone 2').selectOption('WORK');
  await expect(phones).toContainText('+49 30 55550181');

  const language = page.getByRole('combobox', { name: 'Language' });
  await language.fill('German (de)');
  await page
    .getByRole('option', { name: /German \(de\)/ })
    .first()
    .click();
  await expect(language).toHaveValue('German (de)');
  // No email in this journey, and the temporary password stays the agent's: they sign in with it.
  await page.getByRole('switch', { name: 'Send welcome email' }).click();
  await page.getByRole('switch', { name: 'Force password change' }).click();
  await checkScreenSizes(page, 'journey-new-agent');

  await page.getByRole('button', { name: 'Create agent' }).click();
  await expect(page.getByRole('heading', { name: `${name} was added` })).toBeVisible();
  const password = (await page.getByTestId('temporary-password').textContent())!.trim();
  const id = (await page.getByRole('link', { name: `Open ${name}` }).getAttribute('href'))!.split('/').pop()!;
  const stored = (
    await gqlInPage<{
      agent: { language: string; businessUnitId: string | null; phones: { label: string; number: string }[]; avatarUrl: string | null };
    }>(page, 'query($id: ID!) { agent(id: $id) { language businessUnitId phones { label number } avatarUrl } }', { id })
  ).data!.agent;
  expect(stored).toEqual({
    language: 'de',
    businessUnitId: unit.id,
    phones: [
      { label: 'MOBILE', number: '+447400123456' },
      { label: 'WORK', number: '+493055550181' },
    ],
    avatarUrl: expect.stringMatching(/^\/agent-avatars\/\d+\/[a-f0-9]{32}$/),
  });

  // The list shows the image in the agent's row; the admin's SPA stays English.
  await page.goto(`/agents?q=${encodeURIComponent(name)}`);
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row.locator('.avatar img')).toHaveAttribute('src', stored.avatarUrl!);
  await expect.poll(() => row.locator('.avatar img').evaluate((el: HTMLImageElement) => (el.complete ? el.naturalWidth : 0))).toBe(256);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await checkScreen(page, 'journey-agents-list');

  // The agent, in a browser that has never shown Roster: the sign-in page is English, the SPA German.
  const context = await browser.newContext({ baseURL });
  try {
    const other = await context.newPage();
    await other.goto('/sign-in');
    await signIn(other, email, password);
    await expect(other.getByRole('heading', { level: 1, name: de.home.welcome.replace('{{name}}', name) })).toBeVisible();
    await expectGermanShell(other);
    await expect(other.locator('.app-account .avatar img')).toHaveAttribute('src', stored.avatarUrl!);
    await other.getByRole('navigation', { name: de.app.mainNavigation }).getByRole('link', { name: de.app.nav.preferences }).click();
    await expect(other.getByRole('heading', { level: 1, name: de.preferences.title })).toBeVisible();
    await expect(other.getByRole('combobox', { name: de.common.fields.language })).toHaveValue('Deutsch (de)');
    await expect(other.getByLabel('Ländervorwahl, Telefon 1')).toHaveValue('GB');
    await checkScreenSizes(other, 'journey-agent-preferences-de');
  } finally {
    await context.close();
  }
});
