// Agents in the CRM pane: the filter pane's Agents section narrows agents by team (a few, then all),
// an agent's CRM record opens in the content pane, its summary and CRM phone are edited (a refused
// phone stays in its box with the reason), a note is added and the change log shows it all; the
// Preferences phone is untouched. An agent with people.view only reads the record. Every screen is
// checked with axe and photographed.
import { expect, test } from './support/fixtures';
import { apiLogin, gqlOk, randomSuffix } from './support/graphql';
import { path, signInByApi } from './support/pages';
import { checkScreen } from './support/screens';

const CREATE_TEAM = `mutation CreateTeamForCrmAgents($name: String!) { createTeam(name: $name) { id name } }`;
const CREATE_AGENT = `
  mutation CreateAgentForCrmAgents($input: CreateAgentInput!) { createAgent(input: $input) { agent { id name } } }
`;
const AGENT_PHONES = `query AgentPhonesForCrmAgents($id: ID!) { agent(id: $id) { phone crmContact { phone } } }`;
const PASSWORD = 'Crm-Agents-Password-0f-Decent-Length!';

async function setUp(baseURL: string, token: string, suffix: string) {
  const team = (await gqlOk(baseURL, CREATE_TEAM, { name: `Support ${suffix}` }, token)).createTeam;
  const agent = async (name: string, teamIds: string[], extra: Record<string, unknown> = {}) =>
    (
      await gqlOk(
        baseURL,
        CREATE_AGENT,
        {
          input: {
            email: `${name.toLowerCase().replace(/\W+/g, '.')}@agents.example`,
            name,
            teamIds,
            password: PASSWORD,
            forcePasswordChange: false,
            sendWelcomeEmail: false,
            ...extra,
          },
        },
        token,
      )
    ).createAgent.agent as { id: string; name: string };
  const members = [];
  for (const first of ['Ada', 'Ben', 'Cara', 'Dan', 'Eve', 'Finn'])
    members.push(await agent(`${first} ${suffix}`, [team.id], { phone: '+44 7400 900123' }));
  const outsider = await agent(`Olga Outside ${suffix}`, []);
  return { team, members, outsider, agent };
}

test('CRM pane: agents by team, an agent’s CRM record edited, a note and the change log', async ({ page, baseURL, admin }) => {
  // A long journey (several screens, each checked by axe): 60 s is too short on a loaded 2-core machine.
  test.setTimeout(120_000);
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const { team, members, outsider } = await setUp(baseURL!, token, suffix);
  const ada = members[0];

  await signInByApi(page, admin);
  await page.goto('/crm');
  const section = page.getByRole('region', { name: 'Agents' });
  await section.getByRole('combobox', { name: 'Team' }).selectOption({ label: team.name });
  await expect(section.getByRole('status')).toHaveText('6 agents');
  await expect(section.getByRole('link')).toHaveCount(5);
  await expect(section.getByRole('link', { name: outsider.name })).toHaveCount(0);
  await checkScreen(page, 'crm-agents-team');
  await section.getByRole('button', { name: 'Show all 6' }).click();
  await expect(section.getByRole('link')).toHaveCount(6);
  await expect(section.getByRole('button', { name: /Show all/ })).toHaveCount(0);

  await section.getByRole('link', { name: ada.name }).click();
  await expect(page).toHaveURL(path(`/crm/agents/${ada.id}`));
  const record = page.getByRole('article');
  await expect(record.getByRole('heading', { level: 2 })).toContainText(ada.name);
  await expect(record).toContainText(`Teams: ${team.name}`);
  await expect(record.getByText('No contact information yet.')).toBeVisible();

  // Summary.
  await record.getByRole('button', { name: 'Edit summary' }).click();
  await record.getByRole('textbox', { name: 'Summary' }).fill('Leads the support team. Speaks Portuguese.');
  await record.getByRole('button', { name: 'Save summary' }).click();
  await expect(record.getByText('Leads the support team. Speaks Portuguese.')).toBeVisible();

  // CRM contact information: a refused phone keeps the text and says why next to the field.
  await record.getByRole('button', { name: 'Edit contact information' }).click();
  const phone = record.getByRole('textbox', { name: 'Phone' });
  await phone.fill('call me maybe');
  await record.getByRole('textbox', { name: 'Twitter' }).fill('@ada_support');
  await record.getByRole('button', { name: 'Save contact information' }).click();
  // Typed after the picked country's calling code: not a number there.
  await expect(phone).toHaveAccessibleDescription(/Phone is not a valid phone number/);
  await expect(phone).toHaveValue('call me maybe');
  await checkScreen(page, 'crm-agent-contact-error');
  await phone.fill('+1 415 555 0100');
  await record.getByRole('button', { name: 'Save contact information' }).click();
  await expect(record.getByRole('link', { name: '+1 415 555 0100' })).toBeVisible();
  await expect(record.getByRole('link', { name: '@ada_support' })).toBeVisible();

  // Note.
  await record.getByRole('textbox', { name: 'New note' }).fill('Covers the night shift in December.');
  await record.getByRole('button', { name: 'Add note' }).click();
  await expect(record.locator('.crm-notes li').first()).toContainText('Covers the night shift in December.');
  await checkScreen(page, 'crm-agent-record');

  // Change log of the CRM fields.
  await record.getByRole('tab', { name: 'Change log' }).click();
  const log = record.getByRole('table');
  await expect(log).toContainText('Leads the support team. Speaks Portuguese.');
  await expect(log.getByRole('row', { name: /Phone/ })).toContainText('+14155550100');
  await expect(log.getByRole('row', { name: /Note added/ })).toContainText('Covers the night shift in December.');
  await checkScreen(page, 'crm-agent-change-log');

  // The main phone set in Preferences is a separate field.
  const phones = (await gqlOk(baseURL!, AGENT_PHONES, { id: ada.id }, token)).agent;
  expect(phones).toEqual({ phone: '+447400900123', crmContact: { phone: '+14155550100' } });
});

test('CRM pane: an agent with people.view only reads an agent’s CRM record', async ({ page, baseURL, admin }) => {
  const token = await apiLogin(baseURL!, admin);
  const suffix = randomSuffix();
  const { members, agent } = await setUp(baseURL!, token, suffix);
  await agent(`Rita Reader ${suffix}`, [], { permissionGroupIds: [], permissions: ['people.view'] });
  await gqlOk(
    baseURL!,
    `mutation AddNoteForCrmAgents($id: ID!, $t: String!) { addAgentNote(agentId: $id, text: $t) { id } }`,
    { id: members[1].id, t: 'Prefers chat over phone.' },
    token,
  );
  await signInByApi(page, { email: `rita.reader.${suffix}@agents.example`, password: PASSWORD });
  await page.goto(`/crm/agents/${members[1].id}`);
  const record = page.getByRole('article');
  await expect(record.getByRole('heading', { level: 2 })).toContainText(members[1].name);
  await expect(record.getByText('Prefers chat over phone.')).toBeVisible();
  await expect(record.getByRole('button', { name: 'Edit summary' })).toHaveCount(0);
  await expect(record.getByRole('button', { name: 'Edit contact information' })).toHaveCount(0);
  await expect(record.getByRole('textbox', { name: 'New note' })).toHaveCount(0);
  await checkScreen(page, 'crm-agent-read-only');
});
