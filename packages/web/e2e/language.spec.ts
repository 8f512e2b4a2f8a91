// The agent's language picks the SPA's: German at once after saving it in Preferences, after a
// reload, on the sign-in page of the same browser, and for an agent whose language an admin set.
import { expect, test } from './support/fixtures';
import { agentTab, saveAgent, signInWithSetup } from './support/agent-page';
import { apiLogin, randomSuffix } from './support/graphql';
import { path, signIn, signInByApi } from './support/pages';
import { checkScreen, checkScreenSizes } from './support/screens';
import { de, expectGermanShell, withGerman } from './support/german';
import type { Page } from '@playwright/test';

const PASSWORD = `Language-Spec-Password-${randomSuffix()}`;

/** Picks a language in the Language field by typing part of its shown name ("Deutsch (de)"). */
async function pickLanguage(page: Page, label: string, typed: string) {
  const box = page.getByRole('combobox', { name: label });
  await box.fill(typed);
  await page
    .getByRole('option', { name: new RegExp(typed.replace(/[()]/g, '\\$&'), 'i') })
    .first()
    .click();
}

test('an agent switches the SPA to German in Preferences and back to English', async ({ page, baseURL, admin }) => {
  const setup = await signInWithSetup(page, baseURL!, admin);
  const agent = await setup.agent('Greta Sprache', { password: PASSWORD, forcePasswordChange: false });
  await page.context().clearCookies();
  await signInByApi(page, { email: agent.email, password: PASSWORD });

  await page.goto('/preferences');
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await pickLanguage(page, 'Language', 'German (de)');
  await page.getByRole('button', { name: 'Save preferences' }).click();

  // At once: the navigation, headings and buttons are German, the field names German in German.
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expectGermanShell(page);
  await expect(page.getByRole('heading', { level: 2, name: 'Profil' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Einstellungen speichern' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Sprache' })).toHaveValue('Deutsch (de)');
  await expect(page.getByTestId('toast').filter({ hasText: 'Ihre Einstellungen wurden gespeichert.' })).toBeVisible();

  // After a reload too.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
  await expectGermanShell(page);
  await checkScreenSizes(page, 'language-de-preferences');

  await page.getByRole('navigation', { name: 'Hauptnavigation' }).getByRole('link', { name: 'Start' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Greta Sprache' })).toBeVisible();
  await expect(page).toHaveTitle('Start · Roster');
  await checkScreenSizes(page, 'language-de-home');

  // Signed out, this browser's sign-in page stays German; the form signs in in German.
  await page.getByRole('button', { name: 'Abmelden' }).click();
  await expect(page).toHaveURL(path('/sign-in'));
  await expect(page.getByRole('heading', { level: 1, name: 'Anmelden' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  await checkScreen(page, 'language-de-sign-in');
  await page.getByLabel('E-Mail').fill(agent.email);
  await page.getByLabel('Passwort').fill(PASSWORD);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Willkommen, Greta Sprache' })).toBeVisible();

  // Back to English.
  await page.goto('/preferences');
  await pickLanguage(page, 'Sprache', 'Englisch (en)');
  await page.getByRole('button', { name: 'Einstellungen speichern' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Language' })).toHaveValue('English (en)');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Preferences' })).toBeVisible();
});

test("an admin sets another agent's language to German; that agent signs in to a German SPA", async ({ page, browser, baseURL, admin }) => {
  const setup = await signInWithSetup(page, baseURL!, admin);
  const agent = await setup.agent('Dora Deutsch', { password: PASSWORD, forcePasswordChange: false });
  await page.goto(`/agents/${agent.id}`);
  await expect(agentTab(page, 'Profile')).toHaveAttribute('aria-selected', 'true');
  await pickLanguage(page, 'Language', 'German (de)');
  await saveAgent(page);
  // The admin's own SPA stays English.
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  // The agent, in a browser of their own that has never shown Roster before.
  const context = await browser.newContext({ baseURL });
  try {
    const other = await context.newPage();
    await other.goto('/sign-in');
    await expect(other.getByRole('heading', { level: 1, name: 'Sign in' })).toBeVisible();
    await signIn(other, agent.email, PASSWORD);
    await expect(other.getByRole('heading', { level: 1, name: 'Willkommen, Dora Deutsch' })).toBeVisible();
    await expectGermanShell(other);
    await checkScreen(other, 'language-de-home-admin-set');
  } finally {
    await context.close();
  }
});

test('withGerman: the admin reads German at the next page load inside it and English again after it', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  await signInWithSetup(page, baseURL!, admin);
  await withGerman(baseURL!, token, async () => {
    await page.goto('/admin');
    await expect(page.getByRole('heading', { level: 1, name: de.adminHome.title })).toBeVisible();
    await expectGermanShell(page);
  });
  await page.goto('/admin');
  await expect(page.getByRole('heading', { level: 1, name: 'Admin' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});
