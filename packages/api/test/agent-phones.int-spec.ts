import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Issue 24: an agent's phones are a labelled list in E.164 (libphonenumber-js); the single fields
// of CONTRACT.md read and write the first entry of their label; CRM users' phone follows the same rule.

const PHONES = 'phones { label number formatted country isValid } phone landlinePhone mobilePhone';
const UPDATE = `mutation($id: ID!, $i: UpdateAgentInput!) { updateAgent(id: $id, input: $i) { ${PHONES} } }`;
const CREATE = `mutation($i: CreateAgentInput!) { createAgent(input: $i) { agent { id ${PHONES} } } }`;
const READ = `query($id: ID!) { agent(id: $id) { ${PHONES} } }`;
const UPDATE_USER = 'mutation($id: ID!, $i: UpdateUserInput!) { updateUser(id: $id, input: $i) { phone } }';
const LOG = 'query($id: ID!) { changeLog(entityType: AGENT, entityId: $id) { edges { node { field oldValue newValue } } } }';

describe('agent phone numbers', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await startTestApp();
    id = (await t.createAgent({ email: 'phones@example.com', name: 'Phone Agent' })).id;
  });
  afterAll(() => t?.close());
  const as = () => ({ token: t.adminToken });
  const read = async () => (await t.ok(READ, { id }, as())).agent;

  it('stores a list in E.164 from national numbers with a country or international ones, formatted on the way out', async () => {
    const phones = [
      { label: 'MOBILE', country: 'GB', number: '07911 123456' },
      { label: 'WORK', number: '+1 (415) 555-0142' },
      { label: 'SMS', country: 'DE', number: '030 5555 0181' },
    ];
    const r = (await t.ok(UPDATE, { id, i: { phones } }, as())).updateAgent;
    expect(r.phones).toEqual([
      { label: 'MOBILE', number: '+447911123456', formatted: '+44 7911 123456', country: 'GG', isValid: true },
      { label: 'WORK', number: '+14155550142', formatted: '+1 415 555 0142', country: 'US', isValid: true },
      { label: 'SMS', number: '+493055550181', formatted: '+49 30 55550181', country: 'DE', isValid: true },
    ]);
    // The single fields: the first entry of their label.
    expect([r.phone, r.landlinePhone, r.mobilePhone]).toEqual(['+493055550181', null, '+447911123456']);
    const stored = await t.roster.ds.query('SELECT phones FROM agent WHERE id = ?', [Number(id)]);
    expect(JSON.parse(stored[0].phones)).toEqual([
      { label: 'MOBILE', number: '+447911123456' },
      { label: 'WORK', number: '+14155550142' },
      { label: 'SMS', number: '+493055550181' },
    ]);
    // Replace semantics, with one change-log entry for the list.
    await t.ok(UPDATE, { id, i: { phones: [{ label: 'OTHER', number: '+44 20 7946 0958' }] } }, as());
    expect((await read()).phones.map((p: { number: string }) => p.number)).toEqual(['+442079460958']);
    const log = (await t.ok(LOG, { id }, as())).changeLog.edges.map((e: { node: unknown }) => e.node);
    expect(log).toContainEqual({
      field: 'phones',
      oldValue: 'MOBILE +447911123456; WORK +14155550142; SMS +493055550181',
      newValue: 'OTHER +442079460958',
    });
  });

  it('names the entry of each problem, stores nothing, and caps the list at 10', async () => {
    const before = await read();
    const r = await t.gql(
      UPDATE,
      {
        id,
        i: {
          phones: [
            { label: 'MOBILE', country: 'GB', number: '07911 123456' },
            { label: 'WORK', number: '020 7946 0958' },
            { label: 'SMS', country: 'ZZ', number: '1' },
            { label: 'OTHER', country: 'US', number: 'call me' },
            { label: 'LANDLINE', country: 'GB', number: '   ' },
            { label: 'MOBILE', number: '+44 7911 123456' },
          ],
        },
      },
      as(),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields).toEqual({
      'input.phones.1.number': 'needs a country calling code: pick a country or start the number with +',
      'input.phones.2.country': 'is not a country code Roster knows (ISO 3166, such as GB)',
      'input.phones.3.number': expect.stringMatching(/^is not a valid phone number/),
      'input.phones.4.number': 'must not be empty',
      'input.phones.5.number': 'is listed twice with this label',
    });
    expect(await read()).toEqual(before);
    const ten = Array.from({ length: 10 }, (_, i) => ({ label: 'WORK', number: `+44 20 7946 00${10 + i}` }));
    expect((await t.ok(UPDATE, { id, i: { phones: ten } }, as())).updateAgent.phones).toHaveLength(10);
    const eleven = await t.gql(UPDATE, { id, i: { phones: [...ten, { label: 'WORK', number: '+44 20 7946 0099' }] } }, as());
    expect(codeOf(eleven)).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(eleven.errors)).toContain('phones');
    const oversize = await t.gql(UPDATE, { id, i: { phones: [{ label: 'WORK', number: '+44 20 7946 0958'.padEnd(51, '0') }] } }, as());
    expect(codeOf(oversize)).toBe('BAD_USER_INPUT');
    expect((await read()).phones).toHaveLength(10);
    await t.ok(
      UPDATE,
      { id, i: { phones: before.phones.map((p: { label: string; number: string }) => ({ label: p.label, number: p.number })) } },
      as(),
    );
  });

  it('createAgent takes the list too, with the same checks named per entry and nothing created on a bad one', async () => {
    const input = (email: string, phones: object[]) => ({ i: { email, name: 'Phone Three', sendWelcomeEmail: false, phones } });
    const bad = await t.gql(
      CREATE,
      input('phones3@example.com', [
        { label: 'MOBILE', country: 'GB', number: '07400 123456' },
        { label: 'WORK', country: 'DE', number: '12' },
        { label: 'SMS', number: '030 5555 0181' },
      ]),
      as(),
    );
    expect(codeOf(bad)).toBe('BAD_USER_INPUT');
    expect(bad.errors![0].extensions!.fields).toEqual({
      'input.phones.1.number': expect.stringMatching(/^is not a valid phone number/),
      'input.phones.2.number': 'needs a country calling code: pick a country or start the number with +',
    });
    const count = async () => (await t.roster.ds.query("SELECT COUNT(*) AS n FROM agent WHERE email = 'phones3@example.com'"))[0].n;
    expect(Number(await count())).toBe(0);
    const eleven = Array.from({ length: 11 }, (_, i) => ({ label: 'WORK', number: `+44 20 7946 00${10 + i}` }));
    expect(codeOf(await t.gql(CREATE, input('phones3@example.com', eleven), as()))).toBe('BAD_USER_INPUT');

    const created = (
      await t.ok(
        CREATE,
        input('phones3@example.com', [
          { label: 'MOBILE', country: 'GB', number: '07400 123456' },
          { label: 'WORK', country: 'DE', number: '030 5555 0181' },
        ]),
        as(),
      )
    ).createAgent.agent;
    expect(created.phones).toEqual([
      { label: 'MOBILE', number: '+447400123456', formatted: '+44 7400 123456', country: 'GB', isValid: true },
      { label: 'WORK', number: '+493055550181', formatted: '+49 30 55550181', country: 'DE', isValid: true },
    ]);
    expect(created.mobilePhone).toBe('+447400123456');
    const both = await t.gql(CREATE, { i: { ...input('phones4@example.com', []).i, mobilePhone: '+44 7400 123456' } }, as());
    expect(both.errors![0].extensions!.fields).toEqual({ 'input.phones': 'give either phones or mobilePhone, not both' });
  });

  it('keeps the single fields working: each sets or clears the first entry of its label, and refuses text that is no number', async () => {
    const other = (
      await t.ok(
        CREATE,
        {
          i: {
            email: 'phones2@example.com',
            name: 'Phone Two',
            mobilePhone: '+44 7911 123456',
            phone: '+1 415 555 0100',
            sendWelcomeEmail: false,
          },
        },
        as(),
      )
    ).createAgent.agent;
    expect(other.phones.map((p: { label: string }) => p.label)).toEqual(['SMS', 'MOBILE']);
    const bad = await t.gql(UPDATE, { id: other.id, i: { phone: 'abc', landlinePhone: '020 7946 0958', mobilePhone: '12<script>' } }, as());
    const badFields = bad.errors![0].extensions!.fields as Record<string, string>;
    expect(Object.keys(badFields)).toEqual(['input.phone', 'input.landlinePhone', 'input.mobilePhone']);
    expect(badFields['input.landlinePhone']).toMatch(/country calling code/);
    const both = await t.gql(UPDATE, { id: other.id, i: { phone: '+1 415 555 0100', phones: [] } }, as());
    expect(both.errors![0].extensions!.fields).toEqual({ 'input.phones': 'give either phones or phone, not both' });
    const r = (await t.ok(UPDATE, { id: other.id, i: { phone: null, landlinePhone: '+44 20 7946 0958' } }, as())).updateAgent;
    expect(r.phones.map((p: { label: string; number: string }) => `${p.label} ${p.number}`)).toEqual([
      'MOBILE +447911123456',
      'LANDLINE +442079460958',
    ]);
    expect([r.phone, r.landlinePhone, r.mobilePhone]).toEqual([null, '+442079460958', '+447911123456']);
  });

  it('CRM users: the same rule, one phone in E.164 (and the duplicate key is that number)', async () => {
    const userId = (
      await t.ok('mutation { createUser(input: { name: "Phone User", emails: ["phone.user@example.com"] }) { id } }', {}, as())
    ).createUser.id;
    for (const v of ['12<script>', '555 0100', '+1 555 0100']) {
      const r = await t.gql(UPDATE_USER, { id: userId, i: { phone: v } }, as());
      expect({ v, fields: r.errors?.[0].extensions?.fields }).toEqual({ v, fields: { 'input.phone': expect.any(String) } });
    }
    expect((await t.ok(UPDATE_USER, { id: userId, i: { phone: '+44 (20) 7946-0958' } }, as())).updateUser.phone).toBe('+442079460958');
    const [row] = await t.roster.ds.query('SELECT phone, phone_key FROM crm_user WHERE id = ?', [Number(userId)]);
    expect(row).toEqual({ phone: '+442079460958', phone_key: '+442079460958' });
  });
});
