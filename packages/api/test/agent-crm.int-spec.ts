import { ADD_AGENT_NOTE, AGENT_CRM, AGENT_CRM_LOG, AGENT_LOG, AGENTS_CRM, DELETE_AGENT, UPDATE_CRM } from './helpers/agent-crm-fixtures';
import { AgentCrmNote, AgentCrmProfile } from '../src/modules/agent-crm';
import { codeOf, startTestApp, TestApp, withToken } from './helpers/test-app';

// Agents' CRM records (summary, contact information, notes): what is stored, validated and logged.

describe('agent CRM records', () => {
  let t: TestApp;
  const { ok: asAdmin, gql: tryAdmin } = withToken(
    () => t,
    () => t.adminToken,
  );
  let n = 0;
  const newAgent = async (phone: string | null = null) =>
    (await t.createAgent({ email: `crm-agent-${++n}@agents.example`, name: `Crm Agent ${n}`, phone })).id;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('starts empty, stores the summary and contact information, and leaves the Preferences phone alone', async () => {
    const id = await newAgent('+44 20 7946 0000');
    const before = (await asAdmin(AGENT_CRM, { id })).agent!;
    expect(before.crmSummary).toBeNull();
    expect(Object.values(before.crmContact).every((v) => v === null)).toBe(true);
    expect(before.crmNotes).toEqual([]);

    const after = (
      await asAdmin(UPDATE_CRM, {
        id,
        i: {
          summary: '  Team lead for EMEA  ',
          phone: '+1 415 555 0100',
          website: 'https://example.com/me',
          im: 'skype:crm',
          twitter: '@crm_agent',
          linkedin: 'https://www.linkedin.com/in/crm-agent',
          facebook: 'https://www.facebook.com/crm.agent',
          address: '1 Main Street\nSpringfield',
        },
      })
    ).updateAgentCrmProfile;
    expect(after.crmSummary).toBe('Team lead for EMEA');
    expect(after.crmContact).toEqual({
      phone: '+14155550100',
      website: 'https://example.com/me',
      im: 'skype:crm',
      twitter: 'crm_agent',
      linkedin: 'https://www.linkedin.com/in/crm-agent',
      facebook: 'https://www.facebook.com/crm.agent',
      address: '1 Main Street\nSpringfield',
    });
    // The CRM phone is its own field: the SMS phone of Preferences is unchanged.
    expect(after.phone).toBe('+442079460000');
    expect((await asAdmin(AGENT_CRM, { id })).agent!.phone).toBe('+442079460000');
  });

  it('keeps omitted fields, clears null and blank ones, and logs each change in the same write', async () => {
    const id = await newAgent();
    await asAdmin(UPDATE_CRM, { id, i: { summary: 'First', phone: '+1 415 555 0101', website: 'https://a.example' } });
    const r = (await asAdmin(UPDATE_CRM, { id, i: { summary: null, phone: '   ' } })).updateAgentCrmProfile;
    expect(r.crmSummary).toBeNull();
    expect(r.crmContact.phone).toBeNull();
    expect(r.crmContact.website).toBe('https://a.example');
    // Every field null on a record without values: nothing changes, nothing is logged.
    const other = await newAgent();
    const allNull = { summary: null, phone: null, website: null, im: null, twitter: null, linkedin: null, facebook: null, address: null };
    expect((await asAdmin(UPDATE_CRM, { id: other, i: allNull })).updateAgentCrmProfile.crmSummary).toBeNull();
    expect((await asAdmin(UPDATE_CRM, { id: other, i: {} })).updateAgentCrmProfile.crmContact.phone).toBeNull();
    expect((await asAdmin(AGENT_CRM_LOG, { id: other })).agentCrmChangeLog.totalCount).toBe(0);

    const log = (await asAdmin(AGENT_CRM_LOG, { id })).agentCrmChangeLog;
    expect(log.edges.map((e) => [e.node.field, e.node.oldValue, e.node.newValue])).toEqual([
      ['crm.phone', '+14155550101', null],
      ['crm.summary', 'First', null],
      ['crm.website', null, 'https://a.example'],
      ['crm.phone', null, '+14155550101'],
      ['crm.summary', null, 'First'],
    ]);
    expect(log.edges[0].node.actorName).toBe('Administrator');
    // The agent's full change log (admins) has the same entries.
    const full = (await asAdmin(AGENT_LOG, { id })).changeLog.edges.map((e) => e.node.field);
    expect(full.filter((f) => f.startsWith('crm.'))).toHaveLength(5);
  });

  it('stores a website typed without a scheme with https://, as the user record does', async () => {
    const id = await newAgent();
    const r = (await asAdmin(UPDATE_CRM, { id, i: { website: 'acme.example/team' } })).updateAgentCrmProfile;
    expect(r.crmContact.website).toBe('https://acme.example/team');
    const bad = await tryAdmin(UPDATE_CRM, { id, i: { website: 'javascript:alert(1)' } });
    expect(bad.errors![0].extensions!.fields).toEqual({ 'input.website': 'must be a web address such as acme.example' });
  });

  it('names every bad field at once and writes nothing', async () => {
    const id = await newAgent();
    const r = await tryAdmin(UPDATE_CRM, {
      id,
      i: { summary: 'Kept?', phone: 'call me', website: 'ftp://x.example', twitter: 'no spaces', linkedin: 'https://example.com/in/x' },
    });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors![0].extensions!.fields as object).sort()).toEqual([
      'input.linkedin',
      'input.phone',
      'input.twitter',
      'input.website',
    ]);
    expect((await asAdmin(AGENT_CRM, { id })).agent!.crmSummary).toBeNull();
    // Sizes are capped before anything runs.
    expect(codeOf(await tryAdmin(UPDATE_CRM, { id, i: { summary: 'x'.repeat(10_001) } }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tryAdmin(UPDATE_CRM, { id, i: { address: 'x'.repeat(1001) } }))).toBe('BAD_USER_INPUT');
    expect((await asAdmin(AGENT_CRM_LOG, { id })).agentCrmChangeLog.totalCount).toBe(0);
    expect(codeOf(await tryAdmin(UPDATE_CRM, { id: '999999', i: { summary: 'x' } }))).toBe('NOT_FOUND');
  });

  it('adds notes with their author and time, newest first, and logs them', async () => {
    const id = await newAgent();
    await asAdmin(ADD_AGENT_NOTE, { id, t: 'First note' });
    const notes = (await asAdmin(ADD_AGENT_NOTE, { id, t: '  Second note  ' })).addAgentNote.crmNotes;
    expect(notes.map((x) => [x.text, x.authorName])).toEqual([
      ['Second note', 'Administrator'],
      ['First note', 'Administrator'],
    ]);
    expect(Number.isNaN(Date.parse(notes[0].createdAt))).toBe(false);
    for (const text of ['', '   ', 'x'.repeat(10_001)])
      expect(codeOf(await tryAdmin(ADD_AGENT_NOTE, { id, t: text }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await tryAdmin(ADD_AGENT_NOTE, { id: '999999', t: 'x' }))).toBe('NOT_FOUND');
    const log = (await asAdmin(AGENT_CRM_LOG, { id, first: 1 })).agentCrmChangeLog;
    expect(log.edges[0].node).toMatchObject({ field: 'crm.note', newValue: 'Second note' });
    expect(log.pageInfo.hasNextPage).toBe(true);
    const older = (await asAdmin(AGENT_CRM_LOG, { id, first: 5, after: log.pageInfo.endCursor })).agentCrmChangeLog;
    expect(older.edges.map((e) => e.node.newValue)).toEqual(['First note']);
  });

  it('reads a list page of CRM records in a constant number of statements', async () => {
    for (let i = 0; i < 6; i++) {
      const id = await newAgent();
      await asAdmin(UPDATE_CRM, { id, i: { summary: `S${i}`, phone: '+1 415 555 0102' } });
      await asAdmin(ADD_AGENT_NOTE, { id, t: `N${i}` });
    }
    const count = async (first: number) => {
      await asAdmin(AGENTS_CRM, { first });
      const before = t.sql.count;
      const page = await asAdmin(AGENTS_CRM, { first });
      expect(page.agents.edges).toHaveLength(first);
      return t.sql.count - before;
    };
    expect(await count(8)).toBe(await count(2));
  });

  it('deletes the CRM record with the agent and keeps its change log', async () => {
    const id = await newAgent();
    await asAdmin(UPDATE_CRM, { id, i: { summary: 'Leaving' } });
    await asAdmin(ADD_AGENT_NOTE, { id, t: 'Last day Friday' });
    await asAdmin(DELETE_AGENT, { id });
    const em = t.roster.ds.manager;
    expect(await em.countBy(AgentCrmProfile, { agentId: Number(id) })).toBe(0);
    expect(await em.countBy(AgentCrmNote, { agentId: Number(id) })).toBe(0);
    expect((await asAdmin(AGENT_CRM_LOG, { id })).agentCrmChangeLog.totalCount).toBe(2);
  });

  it('applies concurrent first saves of one record one after another', async () => {
    const id = await newAgent();
    const results = await Promise.all([
      tryAdmin(UPDATE_CRM, { id, i: { summary: 'From one' } }),
      tryAdmin(UPDATE_CRM, { id, i: { phone: '+1 415 555 0103' } }),
      tryAdmin(ADD_AGENT_NOTE, { id, t: 'Meanwhile' }),
    ]);
    for (const r of results) expect(r.errors).toBeUndefined();
    const agent = (await asAdmin(AGENT_CRM, { id })).agent!;
    expect([agent.crmSummary, agent.crmContact.phone, agent.crmNotes.length]).toEqual(['From one', '+14155550103', 1]);
    expect((await asAdmin(AGENT_CRM_LOG, { id })).agentCrmChangeLog.totalCount).toBe(3);
  });
});
