import { DataSource } from 'typeorm';
import { sortKey } from '@roster/shared';
import { migrations } from '../src/db/data-source';
import { AgentPhones1764890000000 } from '../src/db/migrations/1764890000000-agent-phones';
import { insertRows } from '../src/common/insert-rows';
import { Agent, newAgentRow } from '../src/modules/agent';
import { User } from '../src/modules/user/user.entity';
import { NEW_USER_DEFAULTS } from '../src/modules/user/user.service';
import { columnsNow, dataSourceBefore, migrateLogged, testDbConfig } from './helpers/test-db';

// Migration 1764890000000 (issue 24): agent.phone (SMS), landline_phone and mobile_phone become
// labelled entries of agent.phones in E.164; a number that does not parse is kept as it was,
// flagged and logged, never dropped. CRM phones that parse become E.164 (with their duplicate key).

describe('agent phones migration', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('moves the single columns into labelled E.164 entries, keeps what does not parse, and rolls back', async () => {
    const db = testDbConfig();
    const before = await dataSourceBefore(AgentPhones1764890000000, db);
    const agents = ['full', 'odd', 'none'].map((n) => newAgentRow({ email: `${n}@example.com`, name: n }));
    await insertRows(before.manager, Agent, await columnsNow(before, Agent, Object.keys(agents[0])), agents);
    const setOld = (email: string, phone: string | null, landline: string | null, mobile: string | null) =>
      before.query('UPDATE agent SET phone = ?, landline_phone = ?, mobile_phone = ? WHERE email = ?', [phone, landline, mobile, email]);
    await setOld('full@example.com', '+44 7911 123456', '+44 (20) 7946-0958', '+44 7911 123456');
    await setOld('odd@example.com', '555.123.4567', null, null);
    const now = new Date();
    const users = ['+1 (415) 555-0199', '555 0100'].map((phone, i) => ({
      ...NEW_USER_DEFAULTS,
      name: `U${i}`,
      nameKey: sortKey(`U${i}`),
      phone,
      phoneKey: phone.replace(/[^\d+]/g, ''),
      createdAt: now,
      updatedAt: now,
    }));
    await insertRows(before.manager, User, await columnsNow(before, User, Object.keys(users[0])), users as Partial<User>[]);
    await before.destroy();

    const migrated = await migrateLogged(db);
    ds = migrated.ds;
    const { logged } = migrated;
    const phonesOf = async (email: string) => (await ds!.manager.findOneByOrFail(Agent, { email })).phones;
    expect(await phonesOf('full@example.com')).toEqual([
      { label: 'SMS', number: '+447911123456' },
      { label: 'LANDLINE', number: '+442079460958' },
      { label: 'MOBILE', number: '+447911123456' },
    ]);
    expect(await phonesOf('odd@example.com')).toEqual([{ label: 'SMS', number: '555.123.4567', valid: false }]);
    expect(await phonesOf('none@example.com')).toBeNull();
    expect(logged).toEqual([expect.stringMatching(/agent \d+: phone "555\.123\.4567" kept as SMS but not checked/)]);
    const crm = await ds.query('SELECT name, phone, phone_key FROM crm_user ORDER BY name');
    expect(crm).toEqual([
      { name: 'U0', phone: '+14155550199', phone_key: '+14155550199' },
      { name: 'U1', phone: '555 0100', phone_key: '5550100' },
    ]);

    // Down: the first number of each label goes back to its column.
    for (let i = migrations.indexOf(AgentPhones1764890000000); i < migrations.length; i++)
      await ds.undoLastMigration({ transaction: 'each' });
    const old = await ds.query("SELECT phone, landline_phone, mobile_phone FROM agent WHERE email = 'full@example.com'");
    expect(old).toEqual([{ phone: '+447911123456', landline_phone: '+442079460958', mobile_phone: '+447911123456' }]);
  });
});
