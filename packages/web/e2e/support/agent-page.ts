// Steps the agent-page specs share: signing in with an API token for set-up, opening a tab.
import { expect, type Page } from '@playwright/test';
import type { Credentials } from './api-server';
import { Setup } from './agents';
import { path, signInByApi } from './pages';

/** Signs the page in as `admin` (on the home page) and returns an API set-up with the same session's token. */
export async function signInWithSetup(page: Page, baseURL: string, admin: Credentials): Promise<Setup> {
  const setup = new Setup(baseURL, await signInByApi(page, admin));
  await page.goto('/');
  await expect(page).toHaveURL(path('/'));
  return setup;
}

/** A tab by its label, whether or not it is marked as holding unsaved edits or errors. */
export const agentTab = (page: Page, label: string) => page.getByRole('tab', { name: new RegExp(`^${label}( \\(.*\\))?$`) });

export async function openTab(page: Page, label: string): Promise<void> {
  await agentTab(page, label).click();
  await expect(agentTab(page, label)).toHaveAttribute('aria-selected', 'true');
}

/** The agent page's one save bar. */
export const saveBar = (page: Page) => page.getByRole('region', { name: 'Changes to this agent' });

/** Clicks Save changes and waits for "Saved.". */
export async function saveAgent(page: Page): Promise<void> {
  await saveBar(page).getByRole('button', { name: 'Save changes' }).click();
  await expect(
    page
      .getByTestId('toast')
      .filter({ hasText: /^Changes to .* saved\.$/ })
      .first(),
  ).toBeVisible();
  await expect(saveBar(page).getByRole('status')).toHaveText('No unsaved changes');
}
