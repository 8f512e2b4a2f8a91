// The permission matrix with 7 groups at 1366 px: the matrix scrolls inside its own box, its
// header row and its first column stay in view while it scrolls either way, and every category
// row is visible across the groups.
import type { Locator } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { Setup } from './support/agents';
import { apiLogin } from './support/graphql';
import { openSignedIn } from './support/admin-pages';
import { checkScreen } from './support/screens';

test.use({ viewport: { width: 1366, height: 800 } });

const box = async (locator: Locator) => (await locator.boundingBox())!;

test('permission matrix with 7 groups: sticky header row and first column, no clipped column', async ({ page, admin, baseURL }) => {
  test.setTimeout(120_000);
  const setup = new Setup(baseURL!, await apiLogin(baseURL!, admin));
  // Two built-in groups and five custom ones with long names.
  const groups = [];
  for (const name of ['Tier one support', 'Tier two support', 'Billing specialists', 'Knowledge base editors', 'Night shift leads']) {
    groups.push(await setup.permissionGroup(name, ['tickets.reply']));
  }
  await openSignedIn(page, admin, '/permission-groups');
  const matrix = page.getByRole('region', { name: 'Permissions granted by each group' });
  const lastHeader = page.getByRole('columnheader', { name: new RegExp(`^${groups[4].name} \\d+`) });
  await expect(lastHeader).toBeAttached();

  // The matrix is its own scroll container, in both directions, inside the window.
  await matrix.scrollIntoViewIfNeeded();
  const scroll = await matrix.evaluate((el) => ({ x: el.scrollWidth > el.clientWidth, y: el.scrollHeight > el.clientHeight }));
  expect(scroll, 'the matrix scrolls both ways inside its box').toEqual({ x: true, y: true });
  const frame = await box(matrix);
  expect(frame.height, 'the box fits in the window').toBeLessThanOrEqual(800);

  // Category rows span every column and show their name.
  const category = page.getByRole('columnheader', { name: 'People', exact: true });
  await expect(category).toBeVisible();
  expect((await box(category)).width).toBeGreaterThanOrEqual(frame.width - 2);

  // Scrolled to the far right and down: the header row and the first column are still there.
  await matrix.evaluate((el) => el.scrollTo(el.scrollWidth, el.scrollHeight));
  const header = page.getByRole('columnheader', { name: 'Permission', exact: true });
  const lastRow = matrix.getByRole('row').last().getByRole('rowheader');
  for (const cell of [header, lastRow, lastHeader]) await expect(cell).toBeInViewport();
  const [h, r, l] = [await box(header), await box(lastRow), await box(lastHeader)];
  expect(Math.abs(h.y - frame.y), 'the header row sticks to the top').toBeLessThan(60);
  expect(Math.abs(h.x - frame.x), 'the first column sticks to the left').toBeLessThan(2);
  expect(Math.abs(r.x - frame.x)).toBeLessThan(2);
  // The last group's column is reachable whole: nothing is clipped.
  expect(l.x + l.width).toBeLessThanOrEqual(frame.x + frame.width + 1);
  expect(l.x).toBeGreaterThanOrEqual(h.x + h.width - 1);
  await checkScreen(page, 'permission-matrix-7-groups-scrolled');
  await matrix.evaluate((el) => el.scrollTo(0, 0));
  await checkScreen(page, 'permission-matrix-7-groups');
});
