// Long note lists on CRM records: a user with 120 notes and an agent with 60 show the newest 50;
// "Load older notes", reached and pressed from the keyboard, reads the rest a page at a time
// (newest first, no duplicates), says what it is doing in a status region, keeps the focus on
// the button while pages remain and moves it to the first of the last page's notes when it
// goes; a note added afterwards goes on top and the older notes already read stay. Every screen
// is checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signInByApi } from './support/pages';
import { checkScreen } from './support/screens';
import type { Locator, Page, Route } from '@playwright/test';

const CREATE_USER = `mutation CreateUserForCrmNotes($input: CreateUserInput!) { createUser(input: $input) { id name } }`;
const ADD_USER_NOTE = `mutation AddUserNoteForCrmNotes($id: ID!, $text: String!) { addUserNote(userId: $id, text: $text) { id } }`;
const CREATE_AGENT = `
  mutation CreateAgentForCrmNotes($input: CreateAgentInput!) { createAgent(input: $input) { agent { id name } } }
`;
const ADD_AGENT_NOTE = `mutation AddAgentNoteForCrmNotes($id: ID!, $text: String!) { addAgentNote(agentId: $id, text: $text) { id } }`;

/** "Note 007 …": zero-padded so that the expected lists read in order. */
const noteText = (prefix: string, n: number) => `${prefix} note ${String(n).padStart(3, '0')}`;
/** Notes `count` down to 1: the order the record shows them in. */
const newestFirst = (prefix: string, count: number) => Array.from({ length: count }, (_, i) => noteText(prefix, count - i));

/** Adds notes 1..count in order (one request each: the ids, hence the order, follow). */
async function seedNotes(baseURL: string, token: string, mutation: string, id: string, prefix: string, count: number) {
  for (let n = 1; n <= count; n++) await gqlOk(baseURL, mutation, { id, text: noteText(prefix, n) }, token);
}

/** Holds the next `operationName` request until `release()`, so the spec can see the loading state; `remove()` drops the route. */
async function holdNext(page: Page, operationName: string) {
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held = false;
  const handler = async (route: Route) => {
    if (held || route.request().postDataJSON()?.operationName !== operationName) return route.fallback();
    held = true;
    await released;
    return route.continue();
  };
  await page.route('**/graphql', handler);
  return { release, remove: () => page.unroute('**/graphql', handler) };
}

/** Presses "Load older notes" from the keyboard, seeing the loading state while the page is held. */
async function loadOlderByKeyboard(page: Page, notes: Locator, button: Locator, status: Locator, operationName: string) {
  const hold = await holdNext(page, operationName);
  await button.focus();
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status).toHaveText('Loading older notes…');
  await expect(button).toHaveAttribute('aria-disabled', 'true');
  await expect(button).toHaveText('Loading…');
  // Still focused while loading: a disabled button would drop the focus to the page.
  await expect(button).toBeFocused();
  // A second press while loading reads nothing twice.
  await page.keyboard.press('Enter');
  const before = await notes.count();
  hold.release();
  await expect(status).toHaveText(/older notes? loaded/);
  await hold.remove();
  if (await button.count()) await expect(button).toHaveText('Load older notes');
  expect(await notes.count()).toBeGreaterThan(before);
}

test('CRM user record: the newest 50 notes, older ones by keyboard, a new note on top keeps them', async ({ page, baseURL, admin }) => {
  // A long journey (several screens, each checked by axe): 60 s is too short on a loaded 2-core machine.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const user = (
    await gqlOk(baseURL!, CREATE_USER, { input: { name: `Nora Notes ${suffix}`, emails: [`nora.${suffix}@example.com`] } }, token)
  ).createUser as { id: string; name: string };
  await seedNotes(baseURL!, token, ADD_USER_NOTE, user.id, 'User', 120);
  const all = newestFirst('User', 120);

  await signInByApi(page, admin);
  await page.goto(`/crm/users/${user.id}`);
  const record = page.getByRole('article');
  await expect(record.getByRole('heading', { level: 2 })).toContainText(user.name);
  const list = record.getByRole('list', { name: 'Notes' });
  const notes = list.locator('.crm-note-text');
  const button = record.getByRole('button', { name: /^(Load older notes|Loading…)$/ });
  const status = record.getByRole('region', { name: 'Notes' }).getByRole('status');
  await expect(notes).toHaveText(all.slice(0, 50));
  await expect(button).toBeVisible();
  await checkScreen(page, 'crm-notes-user-newest');

  await loadOlderByKeyboard(page, notes, button, status, 'CrmUserNotesPage');
  await expect(notes).toHaveText(all.slice(0, 100));
  await expect(status).toHaveText('50 older notes loaded.');
  await expect(button).toBeFocused();
  await checkScreen(page, 'crm-notes-user-100');

  await loadOlderByKeyboard(page, notes, button, status, 'CrmUserNotesPage');
  // Every note, newest first, each once; the button is gone and the focus is on the first note it brought.
  await expect(notes).toHaveText(all);
  expect(new Set(await notes.allTextContents()).size).toBe(120);
  await expect(button).toHaveCount(0);
  await expect(status).toHaveText('20 older notes loaded. These are all the notes.');
  await expect(list.getByRole('listitem').filter({ hasText: noteText('User', 20) })).toBeFocused();
  await checkScreen(page, 'crm-notes-user-all');

  // A new note goes on top; the older notes already read stay, still without duplicates.
  await record.getByRole('textbox', { name: 'New note' }).fill('User note 121, added in the browser');
  await record.getByRole('button', { name: 'Add note' }).click();
  await expect(notes.first()).toHaveText('User note 121, added in the browser');
  await expect(notes).toHaveText(['User note 121, added in the browser', ...all]);
  await expect(button).toHaveCount(0);
  await checkScreen(page, 'crm-notes-user-added');

  // A fresh visit starts again from the newest 50, the new one first.
  await page.reload();
  await expect(notes).toHaveText(['User note 121, added in the browser', ...all.slice(0, 49)]);
  await expect(button).toBeVisible();
});

test('CRM user record: a note added before older ones are read, then the rest without duplicates', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const user = (
    await gqlOk(baseURL!, CREATE_USER, { input: { name: `Nils Notes ${suffix}`, emails: [`nils.${suffix}@example.com`] } }, token)
  ).createUser as {
    id: string;
    name: string;
  };
  await seedNotes(baseURL!, token, ADD_USER_NOTE, user.id, 'Early', 55);
  const all = newestFirst('Early', 55);

  await signInByApi(page, admin);
  await page.goto(`/crm/users/${user.id}`);
  const record = page.getByRole('article');
  const notes = record.getByRole('list', { name: 'Notes' }).locator('.crm-note-text');
  await expect(notes).toHaveText(all.slice(0, 50));

  await record.getByRole('textbox', { name: 'New note' }).fill('Written first');
  await record.getByRole('button', { name: 'Add note' }).click();
  await expect(notes).toHaveText(['Written first', ...all.slice(0, 49)]);
  await record.getByRole('button', { name: 'Load older notes' }).click();
  await expect(notes).toHaveText(['Written first', ...all]);
  await expect(record.getByRole('button', { name: 'Load older notes' })).toHaveCount(0);
});

test('CRM agent record: the newest 50 of 60 notes, the rest by keyboard, a new note on top', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const agent = (
    await gqlOk(
      baseURL!,
      CREATE_AGENT,
      {
        input: {
          email: `noah.${suffix}@agents.example`,
          name: `Noah Notes ${suffix}`,
          password: 'Crm-Notes-Password-0f-Decent-Length!',
          forcePasswordChange: false,
          sendWelcomeEmail: false,
        },
      },
      token,
    )
  ).createAgent.agent as { id: string; name: string };
  await seedNotes(baseURL!, token, ADD_AGENT_NOTE, agent.id, 'Agent', 60);
  const all = newestFirst('Agent', 60);

  await signInByApi(page, admin);
  await page.goto(`/crm/agents/${agent.id}`);
  await expect(page).toHaveURL(path(`/crm/agents/${agent.id}`));
  const record = page.getByRole('article');
  await expect(record.getByRole('heading', { level: 2 })).toContainText(agent.name);
  const list = record.getByRole('list', { name: 'Notes' });
  const notes = list.locator('.crm-note-text');
  const button = record.getByRole('button', { name: /^(Load older notes|Loading…)$/ });
  const status = record.getByRole('region', { name: 'Notes' }).getByRole('status');
  await expect(notes).toHaveText(all.slice(0, 50));
  await checkScreen(page, 'crm-notes-agent-newest');

  await loadOlderByKeyboard(page, notes, button, status, 'CrmAgentNotesPage');
  await expect(notes).toHaveText(all);
  expect(new Set(await notes.allTextContents()).size).toBe(60);
  await expect(button).toHaveCount(0);
  await expect(status).toHaveText('10 older notes loaded. These are all the notes.');
  await expect(list.getByRole('listitem').filter({ hasText: noteText('Agent', 10) })).toBeFocused();

  await record.getByRole('textbox', { name: 'New note' }).fill('Agent note 061, added in the browser');
  await record.getByRole('button', { name: 'Add note' }).click();
  await expect(notes).toHaveText(['Agent note 061, added in the browser', ...all]);
  await checkScreen(page, 'crm-notes-agent-all');
});
