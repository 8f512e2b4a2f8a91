import { DataSource } from 'typeorm';
import { sortKey } from '@roster/shared';
import { migrations } from '../src/db/data-source';
import { UserWordHeads1764960000000 } from '../src/db/migrations/1764960000000-user-word-heads';
import { insertRows } from '../src/common/insert-rows';
import { wordHeads } from '../src/common/search-words';
import { User, UserEmail } from '../src/modules/user/user.entity';
import { UserWord, userWordRows } from '../src/modules/user/user.words';
import { NEW_USER_DEFAULTS } from '../src/modules/user/user.service';
import { columnsNow, dataSourceBefore, migrateLogged, testDbConfig } from './helpers/test-db';

// Migration 1764960000000 (issue 23 item 4): user_word.heads is filled for the existing users
// (in SQL on MySQL/MariaDB, in code on SQLite) exactly as the write paths compute it (wordHeads):
// code point order, accents folded, characters outside the BMP, null past 255 characters.

const PEOPLE: [string, string[]][] = [
  ['Zoe Jorkal', ['zoe.jorkal1@jorcor.example']],
  ['Émile Ñandú', ['emile.n@nandu.example', 'z.e@zeta.example']],
  ["Seán O'Brien-Ávila", ['sob@éire.example']],
  ['Bo 😀Smile 𝔸lpha', ['bo@😀mail.example']],
  ['Al Bo', []],
  ['Many Starts', Array.from({ length: 70 }, (_, i) => `${'abcdefghij'[i % 10]}${'klmnopqrst'[Math.floor(i / 10)]}${i}@many.example`)],
];

describe('user word heads migration', () => {
  let ds: DataSource | undefined;
  afterAll(() => ds?.destroy());

  it('fills the heads of every user as the write paths compute them, and rolls back', async () => {
    const db = testDbConfig();
    const before = await dataSourceBefore(UserWordHeads1764960000000, db);
    const now = new Date();
    const users = PEOPLE.map(([name]) => ({ ...NEW_USER_DEFAULTS, name, nameKey: sortKey(name), createdAt: now, updatedAt: now }));
    await insertRows(before.manager, User, await columnsNow(before, User, Object.keys(users[0])), users as Partial<User>[]);
    const rows = (await before.query('SELECT id, name, name_key FROM crm_user')) as {
      id: number | string;
      name: string;
      name_key: string;
    }[];
    const id = Object.fromEntries(rows.map((r) => [r.name, Number(r.id)]));
    const emails = PEOPLE.flatMap(([name, list]) =>
      list.map((address, i) => ({ userId: id[name], address, domain: address.split('@')[1], isPrimary: i === 0, createdAt: now })),
    );
    await insertRows(before.manager, UserEmail, ['userId', 'address', 'domain', 'isPrimary', 'createdAt'], emails);
    const words = userWordRows(
      rows.map((r) => ({ id: Number(r.id), nameKey: r.name_key })),
      emails,
    );
    await insertRows(before.manager, UserWord, ['word', 'userId', 'prevShared', 'leadShared', 'wordStarts', 'pairStarts'], words);
    await before.destroy();

    ds = (await migrateLogged(db)).ds;
    const stored = (await ds.query('SELECT user_id, word, heads FROM user_word')) as {
      user_id: number | string;
      word: string;
      heads: string | null;
    }[];
    expect(stored).toHaveLength(words.length);
    for (const [name] of PEOPLE) {
      const own = stored.filter((r) => Number(r.user_id) === id[name]);
      const want = wordHeads(own.map((r) => r.word));
      expect([name, [...new Set(own.map((r) => r.heads))]]).toEqual([name, [want]]);
    }
    // What the write paths store (the same function), spelled out for two of them.
    const headsOf = (name: string) => stored.find((r) => Number(r.user_id) === id[name])!.heads;
    expect(headsOf('Zoe Jorkal')).toBe(' jor zoe');
    expect(headsOf('Bo 😀Smile 𝔸lpha')).toBe(' alp bo bo@ smi 😀ma 😀sm');
    expect(headsOf('Many Starts')).toBeNull();

    for (let i = migrations.indexOf(UserWordHeads1764960000000); i < migrations.length; i++)
      await ds.undoLastMigration({ transaction: 'each' });
    expect(await columnsNow(ds, UserWord, ['heads', 'word'])).toEqual(['word']);
  });
});
