import { OTHER_NOTIFICATION_EVENTS, TICKET_NOTIFICATION_EVENTS } from '@roster/shared';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Issue 7, item 13: the notification event keys updateAgent accepts are listed by the API.

const CATALOG = '{ notificationCatalog { key label category defaultEmail defaultBrowser } }';
const UPDATE =
  'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ticketNotifications { event email browser } otherNotifications { event email browser } } }';
const CREATE_TOKEN = 'mutation($s: [String!]!) { createApiToken(name: "catalog", scopes: $s) { token } }';

interface CatalogEntry {
  key: string;
  label: string;
  category: 'TICKET' | 'OTHER';
  defaultEmail: boolean;
  defaultBrowser: boolean;
}

describe('notificationCatalog', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const catalog = async (token: string) =>
    (await t.ok<{ notificationCatalog: CatalogEntry[] }>(CATALOG, {}, { token })).notificationCatalog;

  it('lists every event with its category, label and defaults', async () => {
    const list = await catalog(t.adminToken);
    expect(list).toHaveLength(TICKET_NOTIFICATION_EVENTS.length + OTHER_NOTIFICATION_EVENTS.length);
    expect(list).toContainEqual({
      key: 'ticket.assigned_to_me',
      label: 'Ticket assigned to me',
      category: 'TICKET',
      defaultEmail: true,
      defaultBrowser: true,
    });
    expect(list).toContainEqual({
      key: 'chat.new',
      label: 'New chat waiting',
      category: 'OTHER',
      defaultEmail: false,
      defaultBrowser: true,
    });
    expect(new Set(list.map((e) => e.key)).size).toBe(list.length);
  });

  it('is open to signed-in agents and API tokens with agents:read, not to anyone else', async () => {
    const agent = await t.createAgent({ email: 'reader@example.com', name: 'Reader' });
    expect(await catalog(agent.token)).toEqual(await catalog(t.adminToken));
    const reader = (await t.ok(CREATE_TOKEN, { s: ['agents:read'] }, { token: t.adminToken })).createApiToken.token;
    expect((await catalog(reader)).length).toBeGreaterThan(0);
    const users = (await t.ok(CREATE_TOKEN, { s: ['users:read'] }, { token: t.adminToken })).createApiToken.token;
    expect(codeOf(await t.gql(CATALOG, {}, { token: users }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CATALOG))).toBe('UNAUTHENTICATED');
  });

  it('lists only keys that updateAgent accepts, each in its own category', async () => {
    const { id, token } = await t.createAgent({ email: 'switches@example.com', name: 'Switches' });
    const list = await catalog(token);
    // Every switch flipped from its default, so that the answer proves each key was applied.
    const flipped = (category: CatalogEntry['category']) =>
      list.filter((e) => e.category === category).map((e) => ({ event: e.key, email: !e.defaultEmail, browser: !e.defaultBrowser }));
    const input = { ticketNotifications: flipped('TICKET'), otherNotifications: flipped('OTHER') };
    const saved = (await t.ok(UPDATE, { id, i: input }, { token })).updateAgent;
    expect(saved.ticketNotifications).toEqual(input.ticketNotifications);
    expect(saved.otherNotifications).toEqual(input.otherNotifications);
    // A key in the other category's list is refused.
    const crossed = await t.gql(UPDATE, { id, i: { otherNotifications: [input.ticketNotifications[0]] } }, { token });
    expect(crossed.errors![0].extensions!.fields!['input.otherNotifications']).toBe(`unknown event ${input.ticketNotifications[0].event}`);
  });
});
