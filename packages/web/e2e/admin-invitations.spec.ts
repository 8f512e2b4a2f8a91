// The admin home (seat meter, quick invite) and pending invitations (resend, revoke, filter),
// against the real API and its SMTP server. The seat limit is in seat-limit.spec.ts.
import { expect, test } from './support/fixtures';
import { randomSuffix } from './support/graphql';
import { path } from './support/pages';
import { checkScreen } from './support/screens';
import { openSignedIn } from './support/admin-pages';

test('invite from the admin home, then resend and revoke it under pending invitations', async ({ page, admin, mail }) => {
  // Seven screens checked with axe, three of them the admin home with its invitation form: on a
  // busy 2-core machine that alone can take most of a minute.
  test.setTimeout(120_000);
  await openSignedIn(page, admin, '/');
  await page.getByRole('link', { name: /^Admin: seats/ }).click();
  await expect(page).toHaveURL(path('/admin'));
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  const meter = page.getByRole('meter', { name: 'Seats used' });
  await expect(meter).toBeVisible();
  const usedBefore = Number(await meter.getAttribute('aria-valuenow'));
  await expect(page.getByRole('heading', { name: 'Administrators' })).toBeVisible();
  await expect(page.getByText(admin.email)).toBeVisible();
  await checkScreen(page, 'admin-home');

  // A bad address is caught next to the field before anything is sent.
  await page.getByLabel('Email').fill('not-an-address');
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByText('Email is not an email address')).toBeVisible();

  const email = `quick-${randomSuffix()}@example.com`;
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.getByTestId('toast').filter({ hasText: `Invitation sent to ${email}` })).toBeVisible();
  await expect(meter).toHaveAttribute('aria-valuenow', String(usedBefore + 1));
  await expect(page.getByText(/\d+ pending invitations?/)).toBeVisible();
  await mail.waitFor((m) => m.to.includes(email), 15_000);

  // Inviting the same address again: the API's field error shows next to the field.
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send invitation' }).click();
  await expect(page.locator('.field-error')).toContainText(/^Email /);
  await checkScreen(page, 'admin-home-invite-error');

  await page.getByRole('link', { name: 'Pending invitations' }).first().click();
  await expect(page).toHaveURL(path('/invitations'));
  await expect(page.locator('.page-intro')).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Invite someone' })).toHaveAttribute('href', '/admin');
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row).toContainText('Pending');
  await expect(row).toContainText('Agent');
  await checkScreen(page, 'invitations');
  // A narrow window (390 px) keeps the table usable (it scrolls sideways inside its panel).
  await page.setViewportSize({ width: 390, height: 844 });
  await checkScreen(page, 'invitations-narrow');
  await page.goto('/admin');
  await checkScreen(page, 'admin-home-narrow');
  await page.goBack();
  await page.setViewportSize({ width: 1280, height: 800 });

  // Resend: confirmed, then a second email arrives.
  const before = mail.messages.filter((m) => m.to.includes(email)).length;
  await row.getByRole('button', { name: `Resend invitation to ${email}` }).click();
  const resendDialog = page.getByRole('alertdialog', { name: `Resend the invitation to ${email}?` });
  await expect(resendDialog).toBeVisible();
  await checkScreen(page, 'invitations-resend-dialog');
  await resendDialog.getByRole('button', { name: 'Resend invitation' }).click();
  await expect(resendDialog).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: `Invitation resent to ${email}.` })).toBeVisible();
  await expect.poll(() => mail.messages.filter((m) => m.to.includes(email)).length, { timeout: 15_000 }).toBeGreaterThan(before);

  // Revoke: Cancel first keeps it; then confirm.
  await row.getByRole('button', { name: `Revoke invitation to ${email}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();
  await expect(row).toBeVisible();
  await row.getByRole('button', { name: `Revoke invitation to ${email}` }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Revoke invitation' }).click();
  await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
  await expect(page.getByTestId('toast').filter({ hasText: `Invitation to ${email} revoked.` })).toBeVisible();

  // The status filter finds it among the revoked ones.
  await page.getByLabel('Show').selectOption('REVOKED');
  await expect(page).toHaveURL(/status=REVOKED/);
  await expect(page.getByRole('row').filter({ hasText: email })).toContainText('Revoked');
  await checkScreen(page, 'invitations-revoked');
});
