import { DataSource } from 'typeorm';
import { createDataSource, migrations } from '../src/db/data-source';
import { AgentEmail1764670000000 } from '../src/db/migrations/1764670000000-agent-email';
import { Agent, AgentEmail, newAgentRow } from '../src/modules/agent';
import { insertRows } from '../src/common/insert-rows';
import { columnsNow, migrateLogged, testDbConfig } from './helpers/test-db';

// Migration 1764670000000 fills agent_email from the agents there are: every login keeps its
// address, an extra address keeps its first holder (logins first, then the lowest agent id), and
// every extra it had to drop is named in the migration log and gone from the agent's extraEmails.

describe('agent_email backfill', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('keeps the first holder of each address, drops the colliding extras from their agents and logs each', async () => {
    const db = testDbConfig();
    const base = createDataSource(db);
    const before = new DataSource({
      ...base.options,
      migrations: migrations.slice(0, migrations.indexOf(AgentEmail1764670000000)),
    } as typeof base.options);
    await before.initialize();
    if (db.type === 'mysql') await before.dropDatabase();
    await before.runMigrations({ transaction: 'each' });
    const agents = [
      newAgentRow({ email: 'ann@example.com', name: 'Ann', extraEmails: ['shared@example.com', 'bob@example.com', 'ann@example.com'] }),
      newAgentRow({
        email: 'bob@example.com',
        name: 'Bob',
        extraEmails: ['Shared@Example.com', 'bob.own@example.com', 'BOB.own@example.com'],
      }),
      newAgentRow({ email: 'cy@example.com', name: 'Cy' }),
    ];
    // Only the columns the agent table had then: later migrations added others.
    await insertRows(before.manager, Agent, await columnsNow(before, Agent, Object.keys(agents[0])), agents);
    await before.destroy();

    const migrated = await migrateLogged(db);
    ds = migrated.ds;
    const { logged } = migrated;
    const ids = new Map((await ds.manager.find(Agent)).map((a) => [a.email, a.id]));
    const [ann, bob, cy] = ['ann@example.com', 'bob@example.com', 'cy@example.com'].map((e) => ids.get(e)!);
    const rows = await ds.manager.find(AgentEmail, { order: { address: 'ASC' } });
    expect(rows.map((r) => [r.address, r.agentId, r.kind])).toEqual([
      ['ann@example.com', ann, 'LOGIN'],
      ['bob.own@example.com', bob, 'EXTRA'],
      ['bob@example.com', bob, 'LOGIN'],
      ['cy@example.com', cy, 'LOGIN'],
      ['shared@example.com', ann, 'EXTRA'],
    ]);
    const extras = async (id: number) => (await ds!.manager.findOneByOrFail(Agent, { id })).extraEmails;
    expect(await extras(ann)).toEqual(['shared@example.com']);
    expect(await extras(bob)).toEqual(['bob.own@example.com']);
    expect(await extras(cy)).toEqual([]);
    expect(logged).toEqual([
      `[migration AgentEmail1764670000000] agent ${ann}: extra email bob@example.com dropped: agent ${bob} already uses it`,
      `[migration AgentEmail1764670000000] agent ${ann}: extra email ann@example.com dropped: it is its login, or listed twice`,
      `[migration AgentEmail1764670000000] agent ${bob}: extra email shared@example.com dropped: agent ${ann} already uses it`,
      `[migration AgentEmail1764670000000] agent ${bob}: extra email bob.own@example.com dropped: it is its login, or listed twice`,
    ]);
    // Deleting an agent frees its addresses (the foreign key cascades).
    await ds.manager.delete(Agent, { id: ann });
    expect(await ds.manager.countBy(AgentEmail, { agentId: ann })).toBe(0);
  });
});
