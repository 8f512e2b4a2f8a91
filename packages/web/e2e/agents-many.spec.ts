// The agents list with a few hundred agents: pages are fetched with `after` as the list scrolls,
// and only the rows in view (plus a few) are in the DOM, however far down the list is.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlFetch, randomSuffix } from './support/graphql';
import { signInByApi } from './support/pages';
import { checkScreen } from './support/screens';

const AGENTS = 300;
const CREATE_AGENT = `
  mutation CreateAgent($input: CreateAgentInput!) { createAgent(input: $input) { agent { id } } }
`;

// Its own worker and server: 300 agents need more than the default 100 seats.
test.use({ licenseSeats: AGENTS + 20 });
test.describe.configure({ timeout: 240_000 });

test('300 agents: the DOM keeps under 100 rows while scrolling to the last one', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const indexes = Array.from({ length: AGENTS }, (_, i) => i);
  // A few at a time: each create hashes a temporary password.
  for (let start = 0; start < AGENTS; start += 6) {
    const bodies = await Promise.all(
      indexes.slice(start, start + 6).map((i) =>
        gqlFetch(
          baseURL!,
          CREATE_AGENT,
          {
            input: {
              email: `many-${String(i).padStart(3, '0')}-${suffix}@example.com`,
              name: `Many ${String(i).padStart(3, '0')} ${suffix}`,
              sendWelcomeEmail: false,
            },
          },
          token,
        ),
      ),
    );
    expect(bodies.flatMap((b) => b.errors ?? [])).toEqual([]);
  }

  const afters: string[] = [];
  page.on('request', (request) => {
    const body = request.url().endsWith('/graphql') ? request.postDataJSON() : null;
    if (body?.operationName === 'AgentsPage' && body.variables?.after) afters.push(body.variables.after);
  });

  await signInByApi(page, admin);
  await page.goto('/agents');
  await expect(page.getByText(`${AGENTS + 1} agents`)).toBeVisible();
  const rows = page.locator('tbody tr.agent-row');
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeLessThan(100);

  const last = page.getByRole('row').filter({ hasText: `Many ${String(AGENTS - 1).padStart(3, '0')} ${suffix}` });
  const scroller = page.locator('.agents-scroll');
  for (let step = 0; step < 60 && !(await last.isVisible()); step++) {
    await scroller.evaluate((el) => el.scrollBy(0, 1500));
    await page.waitForTimeout(150);
    expect(await page.locator('tbody tr').count(), 'rows in the DOM while scrolled').toBeLessThan(100);
  }
  await expect(last).toBeVisible();
  expect(await page.locator('tbody tr').count()).toBeLessThan(100);
  expect(afters.length, 'next pages are fetched with after').toBeGreaterThanOrEqual(5);
  expect(new Set(afters).size, 'each page is fetched once').toBe(afters.length);
  await checkScreen(page, 'agents-list-scrolled');

  // Sortable columns: the header buttons flip the order (aria-sort says which), kept in the address.
  const nameHeader = page.getByRole('columnheader', { name: 'Name' });
  const emailHeader = page.getByRole('columnheader', { name: 'Email' });
  await expect(nameHeader).toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('button', { name: 'Name', exact: true }).click();
  await expect(nameHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=-name/);
  await expect(rows.first()).toContainText(`Many ${AGENTS - 1} ${suffix}`);
  await page.getByRole('button', { name: 'Email', exact: true }).click();
  await expect(emailHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(nameHeader).not.toHaveAttribute('aria-sort');
  await expect(rows.first()).toContainText(admin.email);
  await page.getByRole('button', { name: 'Email', exact: true }).click();
  await expect(emailHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(rows.first()).toContainText(`many-${AGENTS - 1}-${suffix}@example.com`);
  // Scrolling a sorted list fetches its next pages in that order.
  await expect(rows.nth(1)).toContainText(`many-${AGENTS - 2}-${suffix}@example.com`);
  const deeper = page.getByRole('row').filter({ hasText: `many-150-${suffix}@example.com` });
  for (let step = 0; step < 30 && !(await deeper.isVisible()); step++) {
    await scroller.evaluate((el) => el.scrollBy(0, 1500));
    await page.waitForTimeout(150);
  }
  await expect(deeper).toBeVisible();
  const shown = await page.locator('tbody tr.agent-row').allTextContents();
  const emails = shown.map((text) => /many-(\d{3})-/.exec(text)?.[1]).filter(Boolean);
  expect(emails, 'rows in descending email order').toEqual([...emails].sort().reverse());
  await checkScreen(page, 'agents-list-sorted');
});
