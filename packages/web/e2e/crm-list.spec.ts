// The CRM list pane with 160 users in one organization: the organization is found by typing in the
// filter's combobox, pages are fetched with `after` as the list scrolls, only the users in view
// (plus a few) are in the DOM, and the arrow keys move through the links.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { signInByApi } from './support/pages';
import { checkScreen } from './support/screens';

const USERS = 160;
const CREATE_ORG = `mutation CreateOrgForList($name: String!) { createOrganization(name: $name) { id } }`;
const CREATE_USER = `mutation CreateUserForList($input: CreateUserInput!) { createUser(input: $input) { id } }`;

test.describe.configure({ timeout: 180_000 });

test(`${USERS} users: scrolling the list fetches the next pages, the DOM stays small, the keyboard moves through the links`, async ({
  page,
  baseURL,
  admin,
}) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const organization = `Scroll Org ${suffix}`;
  const org = await gqlOk<{ createOrganization: { id: string } }>(baseURL!, CREATE_ORG, { name: organization }, token);
  const label = (i: number) => `Scroll ${suffix} ${String(i).padStart(3, '0')}`;
  for (let start = 0; start < USERS; start += 8) {
    await Promise.all(
      Array.from({ length: Math.min(8, USERS - start) }, (_, k) =>
        gqlOk(
          baseURL!,
          CREATE_USER,
          {
            input: {
              name: label(start + k),
              emails: [`scroll-${start + k}-${suffix}@example.com`],
              organizationId: org.createOrganization.id,
            },
          },
          token,
        ),
      ),
    );
  }

  const afters: string[] = [];
  page.on('request', (request) => {
    const body = request.url().endsWith('/graphql') ? request.postDataJSON() : null;
    if (body?.operationName === 'CrmUsers' && body.variables?.after) afters.push(body.variables.after);
  });
  await signInByApi(page, admin);
  await page.goto('/crm');

  // The organization filter searches every organization, not a first hundred.
  const filter = page.getByRole('combobox', { name: 'Organization' });
  await filter.fill(`scroll org ${suffix}`);
  await expect(page.getByRole('option', { name: organization })).toBeVisible();
  await checkScreen(page, 'crm-organization-combobox');
  // The check's full-page screenshot can take focus from the field, which closes the list and
  // forgets the typed text (as leaving the field does): type again, as a person coming back would.
  await filter.fill(`scroll org ${suffix}`);
  await expect(page.getByRole('option', { name: organization })).toBeVisible();
  await filter.press('Enter');
  await expect(filter).toHaveValue(organization);

  const list = page.getByRole('navigation', { name: 'Users' });
  await expect(list.getByRole('status')).toHaveText(`${USERS} users`);
  const items = list.getByRole('listitem');
  await expect(list.getByRole('link').first()).toContainText(label(0));
  expect(await items.count(), 'items in the DOM').toBeLessThan(60);

  const last = list.getByRole('link', { name: new RegExp(label(USERS - 1)) });
  const scroller = page.locator('.crm-list-scroll');
  for (let step = 0; step < 40 && !(await last.isVisible()); step++) {
    await scroller.evaluate((el) => el.scrollBy(0, 1200));
    await page.waitForTimeout(150);
    expect(await items.count(), 'items in the DOM while scrolled').toBeLessThan(60);
  }
  await expect(last).toBeVisible();
  await scroller.evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(last).toBeInViewport();
  expect(afters.length, 'next pages are fetched with after').toBeGreaterThanOrEqual(2);
  expect(new Set(afters).size, 'each page is fetched once').toBe(afters.length);
  await checkScreen(page, 'crm-list-scrolled');

  // Keyboard: Home goes to the first user (scrolled back into the DOM), arrows move one by one.
  await last.focus();
  await page.keyboard.press('Home');
  await expect(list.getByRole('link', { name: new RegExp(label(0)) })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(list.getByRole('link', { name: new RegExp(label(2)) })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: label(2) })).toBeVisible();
});
