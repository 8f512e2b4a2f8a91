// A full page load of a lazy route renders the router's fallback while its code loads, and the
// console stays clean: no React Router warning about a missing HydrateFallback.
import { expect, test } from './support/fixtures';
import { path, signIn } from './support/pages';

test('a full load of lazy routes logs no router warning', async ({ page, admin }) => {
  const warnings: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'warning' || msg.type() === 'error') warnings.push(msg.text());
  });

  // Public and lazy: the invitation link.
  await page.goto('/accept-invitation?token=unknown');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto('/sign-in');
  await signIn(page, admin.email, admin.password);
  await expect(page).toHaveURL(path('/'));
  // Signed in and lazy: reloaded from the address bar.
  for (const url of ['/agents', '/permission-groups']) {
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }

  expect(warnings.filter((w) => /HydrateFallback/.test(w))).toEqual([]);
});
