// German in the browser: set an agent's language through the API for the length of a step (the
// worker's admin is shared by every spec of the worker, so it is always switched back), and the
// checks that a screen speaks German.
import { expect, type Page } from '@playwright/test';
import { de } from '../../src/i18n/locales/de';
import { gqlOk } from './graphql';

export { de };

const VIEWER = `query ViewerForGerman { viewer { id } }`;
const SET_LANGUAGE = `mutation SetLanguageForSpec($id: ID!, $input: UpdateAgentInput!) { updateAgent(id: $id, input: $input) { id language } }`;

/** Sets the language of the agent signed in with `token` (the SPA follows it at the next page load). */
export async function setOwnLanguage(baseUrl: string, token: string, language: string): Promise<void> {
  const { viewer } = await gqlOk<{ viewer: { id: string } }>(baseUrl, VIEWER, {}, token);
  await gqlOk(baseUrl, SET_LANGUAGE, { id: viewer.id, input: { language } }, token);
}

/**
 * Runs `body` with the agent signed in with `token` speaking German, then switches them back to
 * English whatever happens (other specs of the worker expect the admin's SPA in English). Pages
 * opened before need a reload to follow.
 */
export async function withGerman<T>(baseUrl: string, token: string, body: () => Promise<T>): Promise<T> {
  await setOwnLanguage(baseUrl, token, 'de');
  try {
    return await body();
  } finally {
    await setOwnLanguage(baseUrl, token, 'en');
  }
}

/** The page's shell speaks German: lang="de", the main navigation and Log out in German. */
export async function expectGermanShell(page: Page): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', 'de');
  const nav = page.getByRole('navigation', { name: de.app.mainNavigation });
  await expect(nav.getByRole('link', { name: de.app.nav.home })).toBeVisible();
  await expect(nav.getByRole('link', { name: de.app.nav.preferences })).toBeVisible();
  await expect(page.getByRole('button', { name: de.auth.logout.label })).toBeVisible();
}

/**
 * English words that German screens never show: a visible sentence with one of them is a message
 * the SPA did not translate (names and emails in the walk's data avoid them).
 */
const ENGLISH =
  /\b(the|and|your|you|with|this|of|for|from|are|not|save|cancel|delete|edit|search|loading|create|add|remove|close|rename|invite|agents|permissions|department|settings|none|yes|no|email|language|time zone|users?|sign in|log out|password)\b/i;

/** Lines of the page's visible text that read as English (empty when it all reads German). */
export async function englishLines(page: Page, allowed: RegExp[] = []): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && ENGLISH.test(line) && !allowed.some((a) => a.test(line)));
}
