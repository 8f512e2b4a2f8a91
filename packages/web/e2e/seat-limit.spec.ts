// The seat limit: with a 3-seat license (its own API: licenseSeats is a worker option), filling
// the free seats with invitations shows the upgrade prompt, and a further invite is refused.
import { expect, test } from './support/fixtures';
import { apiLogin, randomSuffix } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { fillSeats, openSignedIn, revokeInvitations } from './support/admin-pages';

test.use({ licenseSeats: 3 });

test('at the seat limit the admin home shows the upgrade prompt and the invite is refused', async ({ page, admin, baseURL }) => {
  const token = await apiLogin(baseURL!, admin);
  // Every free seat taken with invitations (revoked again below).
  const { license, fillers } = await fillSeats(baseURL!, token);
  try {
    await openSignedIn(page, admin, '/admin');
    await expect(page.getByRole('meter', { name: 'Seats used' })).toHaveAttribute(
      'aria-valuetext',
      `${license.seats} of ${license.seats} seats used`,
    );
    await expect(page.getByText('No seats left.')).toBeVisible();
    const prompt = page.getByRole('alert').filter({ hasText: 'Upgrade your license or delete an agent no longer in use' });
    await expect(prompt).toBeVisible();

    await page.getByLabel('Email').fill(`one-too-many-${randomSuffix()}@example.com`);
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Upgrade your license' })).toHaveCount(2);
    await checkScreen(page, 'admin-home-seat-limit');

    await page.getByRole('link', { name: 'License details' }).click();
    await expect(page).toHaveURL(path('/license'));
    // Scoped to the license page: the admin home can still be on screen while the page loads.
    const licensePage = page.getByRole('region', { name: 'License' });
    await expect(licensePage.getByText('Upgrade your license or delete an agent no longer in use')).toBeVisible();
    await checkScreen(page, 'license-full');
  } finally {
    await revokeInvitations(baseURL!, token, fillers);
  }
});
