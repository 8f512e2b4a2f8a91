import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Issue 18.3: agents' phones follow the same rule as CRM users' phone (src/common/phone.ts).

const UPDATE = 'mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { phone landlinePhone mobilePhone } }';
const CREATE = 'mutation($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }';
const UPDATE_USER = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { phone } }';

describe('agent phone numbers', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.createAgent({ email: 'phones@example.com', name: 'Phone Agent' })).id;
  });
  afterAll(() => t?.close());
  const as = () => ({ token: t.adminToken });

  it('refuses text that is not a phone number, naming every bad field, and stores nothing', async () => {
    const r = await t.gql(UPDATE, { id, i: { phone: 'abc', landlinePhone: 'call me', mobilePhone: '12<script>' } }, as());
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields).toEqual({
      'input.phone': 'is not a phone number',
      'input.landlinePhone': 'is not a phone number',
      'input.mobilePhone': 'is not a phone number',
    });
    const created = await t.gql(
      CREATE,
      { i: { email: 'phones2@example.com', name: 'Phone Two', mobilePhone: 'none', sendWelcomeEmail: false } },
      as(),
    );
    expect(created.errors![0].extensions!.fields).toEqual({ 'input.mobilePhone': 'is not a phone number' });
    const stored = await t.ok('query($id: ID!) { agent(id: $id) { phone landlinePhone mobilePhone } }', { id }, as());
    expect(stored.agent).toEqual({ phone: null, landlinePhone: null, mobilePhone: null });
  });

  it('accepts what the CRM accepts, and clears with null', async () => {
    const numbers = { phone: '+44 20 7946 0958', landlinePhone: '(0)20 7946-0958 ext. 12', mobilePhone: '555.123.4567' };
    const userId = (
      await t.ok('mutation { createUser(input: { name: "Phone User", emails: ["phone.user@example.com"] }) { id } }', {}, as())
    ).createUser.id;
    // The same rule on the CRM side: what one refuses the other refuses.
    expect(codeOf(await t.gql(UPDATE_USER, { id: userId, i: { phone: '12<script>' } }, as()))).toBe('BAD_USER_INPUT');
    for (const v of [numbers.phone, numbers.mobilePhone])
      expect((await t.ok(UPDATE_USER, { id: userId, i: { phone: v } }, as())).updateUser.phone).toBe(v);
    expect((await t.ok(UPDATE, { id, i: numbers }, as())).updateAgent).toEqual(numbers);
    expect((await t.ok(UPDATE, { id, i: { phone: null } }, as())).updateAgent.phone).toBeNull();
  });
});
