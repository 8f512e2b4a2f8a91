import { DataSource } from 'typeorm';
import { createDataSource, initDataSource, migrations } from '../src/db/data-source';
import { BusinessUnits1764880000000 } from '../src/db/migrations/1764880000000-business-units';
import { Agent, newAgentRow } from '../src/modules/agent';
import { BusinessUnit } from '../src/modules/business-unit';
import { insertRows } from '../src/common/insert-rows';
import { columnsNow, testDbConfig } from './helpers/test-db';

// Migration 1764880000000 turns the free-text agent.business_unit of before into units: one per
// distinct trimmed value, values differing only in case are one unit (spelled as the lowest agent id
// spelled it), empty values are none, and every agent is linked to its unit.

describe('business unit migration', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('makes a unit of each distinct free-text value and links the agents', async () => {
    const db = testDbConfig();
    const base = createDataSource(db);
    const before = new DataSource({
      ...base.options,
      migrations: migrations.slice(0, migrations.indexOf(BusinessUnits1764880000000)),
    } as typeof base.options);
    await before.initialize();
    if (db.type === 'mysql') await before.dropDatabase();
    await before.runMigrations({ transaction: 'each' });
    const texts: Record<string, string | null> = {
      'ann@example.com': 'EMEA',
      'bob@example.com': '  emea ',
      'cy@example.com': 'APAC',
      'di@example.com': '',
      'ed@example.com': null,
      'flo@example.com': 'Support, Tier 1',
    };
    const agents = Object.keys(texts).map((email) => newAgentRow({ email, name: email.split('@')[0] }));
    // Only the columns the agent table had then: later migrations added others.
    await insertRows(before.manager, Agent, await columnsNow(before, Agent, Object.keys(agents[0])), agents);
    for (const [email, unit] of Object.entries(texts)) {
      await before.query('UPDATE agent SET business_unit = ? WHERE email = ?', [unit, email]);
    }
    await before.destroy();

    ds = await initDataSource(createDataSource(db));
    const units = await ds.manager.find(BusinessUnit, { order: { name: 'ASC' } });
    expect(units.map((u) => u.name)).toEqual(['APAC', 'EMEA', 'Support, Tier 1']);
    const unitOf = new Map(units.map((u) => [u.id, u.name]));
    const linked = Object.fromEntries(
      (await ds.manager.find(Agent)).map((a) => [a.email, a.businessUnitId === null ? null : unitOf.get(a.businessUnitId)]),
    );
    expect(linked).toEqual({
      'ann@example.com': 'EMEA',
      'bob@example.com': 'EMEA',
      'cy@example.com': 'APAC',
      'di@example.com': null,
      'ed@example.com': null,
      'flo@example.com': 'Support, Tier 1',
    });
    // The text column is gone; deleting a unit leaves its agents without one (the foreign key), never deletes them.
    expect(await columnsNow(ds, Agent, ['businessUnitId'])).toEqual(['businessUnitId']);
    const columns: Record<string, string>[] = await ds.query(db.type === 'mysql' ? 'SHOW COLUMNS FROM agent' : 'PRAGMA table_info(agent)');
    expect(columns.map((c) => c.Field ?? c.name)).not.toContain('business_unit');
    await ds.query('DELETE FROM business_unit WHERE name = ?', ['APAC']);
    expect((await ds.manager.findOneByOrFail(Agent, { email: 'cy@example.com' })).businessUnitId).toBeNull();
  });
});
