// The CRM record's files, duplicates, pop-up record, merge (with undo), activity and the address
// conflict that leads to a merge: an agent uploads a file, downloads it and deletes it; opens a
// suggested duplicate as a pop-up and expands it; merges one user into another (its address moves,
// the change log and activity show it), undoes it (the user is back in the list); and an address
// that another user has offers to merge that user. Every screen is checked with axe and photographed.
import { readFile, writeFile } from 'node:fs/promises';
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signInByApi } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_USER = `mutation CreateMergeUserForSpec($input: CreateUserInput!) { createUser(input: $input) { id name } }`;

test('CRM record: files, duplicates, pop-up, merge and undo, and the address conflict', async ({ page, baseURL, admin }) => {
  // Many screens checked with axe: on a busy 2-core machine this takes more than the default minute.
  test.setTimeout(180_000);
  const token = await apiLogin(baseURL!, admin);
  const s = randomSuffix();
  const create = async (name: string, email: string, phone?: string) =>
    (await gqlOk(baseURL!, CREATE_USER, { input: { name, emails: [email], phone } }, token)).createUser as { id: string; name: string };
  const tara = await create(`Tara Target ${s}`, `tara.${s}@example.com`, '+1 415 555 0100');
  const sam = await create(`Sam Source ${s}`, `sam.${s}@example.net`, '+1 415 555 0100');
  const cora = await create(`Cora Conflict ${s}`, `cora.${s}@example.org`);

  await signInByApi(page, admin);
  await page.goto(`/crm/users/${tara.id}`);
  await expect(page.getByRole('heading', { level: 2, name: tara.name })).toBeVisible();

  // Files: a refused type or size says why; a text file is uploaded, downloaded as it was, and deleted.
  const files = page.getByRole('region', { name: 'Files' });
  await expect(files.getByText('No files.')).toBeVisible();
  await files
    .getByLabel('Upload a file')
    .setInputFiles({ name: 'evil.sh', mimeType: 'application/x-sh', buffer: Buffer.from('#!/bin/sh') });
  await expect(files.getByRole('alert')).toHaveText('The file evil.sh cannot be uploaded: programs and scripts are not allowed.');
  // From a file on disk: a 10 MB buffer would cross the browser protocol as base64, slowly.
  const huge = test.info().outputPath('huge.bin');
  await writeFile(huge, Buffer.alloc(10 * 1024 * 1024 + 1));
  await files.getByLabel('Upload a file').setInputFiles(huge);
  await expect(files.getByRole('alert')).toHaveText('The file is larger than 10 MB.');
  const content = `Contract notes for ${s}\nline two\n`;
  await files.getByLabel('Upload a file').setInputFiles({ name: 'contract.txt', mimeType: 'text/plain', buffer: Buffer.from(content) });
  const link = files.getByRole('link', { name: 'contract.txt' });
  await expect(link).toBeVisible();
  await expect(files.getByRole('alert')).toHaveCount(0);
  await expect(files.getByRole('listitem')).toContainText(`${content.length} B`);
  await checkScreen(page, 'crm-files');
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(download.suggestedFilename()).toBe('contract.txt');
  expect(await readFile((await download.path())!, 'utf8')).toBe(content);
  await files.getByRole('button', { name: 'Delete contract.txt' }).click();
  const confirm = page.getByRole('alertdialog', { name: 'Delete contract.txt?' });
  await checkScreen(page, 'crm-file-delete');
  await confirm.getByRole('button', { name: 'Delete file' }).click();
  await expect(files.getByText('No files.')).toBeVisible();

  // Possible duplicates: Sam has the same phone; his record opens as a pop-up, Esc closes it
  // (focus returns to the name), and it expands into the content pane.
  const duplicates = page.getByRole('region', { name: 'Possible duplicates' });
  await expect(duplicates.getByRole('listitem').filter({ hasText: sam.name })).toContainText('The same phone number');
  const samButton = duplicates.getByRole('button', { name: sam.name, exact: true });
  await samButton.click();
  const popup = page.getByRole('dialog', { name: sam.name });
  await expect(popup.getByText(`sam.${s}@example.net`)).toBeVisible();
  await checkScreen(page, 'crm-user-popup');
  await page.keyboard.press('Escape');
  await expect(popup).toBeHidden();
  await expect(samButton).toBeFocused();
  await samButton.click();
  await popup.getByRole('link', { name: 'Open in the CRM pane' }).click();
  await expect(page).toHaveURL(path(`/crm/users/${sam.id}`));
  await expect(page.getByRole('heading', { level: 2, name: sam.name })).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // Merge Sam into Tara from the record's Merge… action: found by email, the summary says what moves.
  await page.goto(`/crm/users/${tara.id}`);
  await page.getByRole('button', { name: 'Merge…' }).click();
  const dialog = page.getByRole('dialog', { name: `Merge into ${tara.name}` });
  await dialog.getByRole('searchbox', { name: 'Find a user by name or email' }).fill(`sam.${s}`);
  await dialog
    .getByRole('list', { name: 'Matching users' })
    .getByRole('button', { name: `Choose ${sam.name}` })
    .click();
  await expect(dialog.getByText(`1 email address: sam.${s}@example.net`)).toBeVisible();
  await expect(dialog.getByText(`${tara.name} (this record)`)).toBeVisible();
  await checkScreen(page, 'crm-merge-dialog');
  await dialog.getByRole('button', { name: `Merge ${sam.name} into ${tara.name}` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.locator('.crm-emails')).toContainText(`sam.${s}@example.net`);
  const banner = page.getByRole('region', { name: 'Recent merges' });
  await expect(banner).toContainText(`${sam.name} was merged into this user`);
  await checkScreen(page, 'crm-merge-banner');

  // The merge in the change log and in the activity stream (the merged user is a pop-up link there).
  await page.getByRole('tab', { name: 'Change log' }).click();
  await expect(page.getByRole('table')).toContainText('Merged in');
  // Sam's own history came along, marked as his.
  await expect(page.getByRole('table')).toContainText(`From merged user ${sam.name}`);
  await page.getByRole('tab', { name: 'Activity' }).click();
  const activity = page.getByRole('list', { name: 'Activity, newest first' });
  await expect(activity.getByRole('listitem').filter({ hasText: 'was merged into this user' })).toContainText(sam.name);
  await expect(activity).toContainText('File deleted: contract.txt');
  await checkScreen(page, 'crm-activity');

  // The list no longer has Sam; undo brings him back and takes his address with him.
  const list = page.getByRole('navigation', { name: 'Users' });
  await page.getByRole('searchbox', { name: 'Search' }).fill(sam.name);
  await expect(list.getByRole('status')).toHaveText('0 users');
  await page.getByRole('tab', { name: 'Record' }).click();
  await banner.getByRole('button', { name: `Undo the merge of ${sam.name}` }).click();
  await expect(banner).toBeHidden();
  await expect(page.getByTestId('toast').filter({ hasText: `Merge undone: ${sam.name} is a separate user again.` })).toBeVisible();
  await expect(page.locator('.crm-emails')).not.toContainText(`sam.${s}@example.net`);
  await expect(list.getByRole('link', { name: new RegExp(sam.name) })).toBeVisible();
  // The activity names Sam: his record opens as a pop-up from there.
  await page.getByRole('tab', { name: 'Activity' }).click();
  const undone = activity.getByRole('listitem').filter({ hasText: 'was undone' });
  await undone.getByRole('button', { name: sam.name }).click();
  await expect(page.getByRole('dialog', { name: sam.name })).toContainText(`sam.${s}@example.net`);
  await page.keyboard.press('Escape');
  await page.getByRole('tab', { name: 'Record' }).click();

  // Adding Cora's address names her and offers the merge, preselected; Esc returns to the button.
  const addBox = page.getByRole('textbox', { name: 'Add an email' });
  await addBox.fill(`cora.${s}@example.org`);
  await page.getByRole('button', { name: 'Add email' }).click();
  await expect(addBox).toHaveAccessibleDescription(new RegExp(`already belongs to user ${cora.id}`));
  const offer = page.getByRole('button', { name: `Merge ${cora.name} into this one` });
  await checkScreen(page, 'crm-email-conflict-merge');
  await offer.click();
  await expect(dialog.getByRole('button', { name: `Merge ${cora.name} into ${tara.name}` })).toBeVisible();
  await expect(dialog.getByText(`1 email address: cora.${s}@example.org`)).toBeVisible();
  await checkScreen(page, 'crm-merge-conflict');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(offer).toBeFocused();
});
