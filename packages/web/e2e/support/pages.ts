// Steps several specs take through the SPA.
import { expect, type Page } from '@playwright/test';

/** Fills the sign-in form and submits it (the page must be on /sign-in). */
export async function signIn(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function logOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Log out' }).click();
  await expect(page).toHaveURL(path('/sign-in'));
}

/** Matches a page URL by its path alone (no query, no hash). */
export const path = (p: string) => (url: URL) => url.pathname === p;
