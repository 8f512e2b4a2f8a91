import { performance } from 'node:perf_hooks';
import type { DataSource, EntityManager } from 'typeorm';
import { sortKey } from '@roster/shared';
import { insertRows } from '../src/common/insert-rows';
import { Organization } from '../src/modules/organization';
import { User, UserEmail, UserWord, userWordRows } from '../src/modules/user';
import { Usergroup, UserUsergroup } from '../src/modules/usergroup';
import { prng } from './stats';

// The CRM at scale for `pnpm bench users`: names and addresses varied enough that prefixes
// narrow the way real ones do (60 first names x ~16,000 generated family names, three address
// shapes over 2,000 company domains), deterministic, so that every run seeds the same rows.

const FIRST = (
  'Ava Ben Chloe Diego Eva Felix Gita Hugo Ines Jamal Kira Leo Mina Nils Olga Pablo Quinn Rosa Sven Tara Umar Vera Wen Xenia ' +
  'Yara Zane Aiden Bea Caio Dana Emil Fatima Gustav Hana Ivan Julia Karim Lena Marco Nora Omar Petra Rafael Sofia Tomas Ula ' +
  'Viktor Wanda Yusuf Zoe Anika Bruno Carla Dmitri Elif Finn Greta Hamid Irene Jonas'
).split(' ');
const SYLLABLES = 'ab ber cor dan el fin gar hol is jor kal lin mar nor os pen quin ros sal tor ul ven wil yor zan'.split(' ');
const ZONES = ['Europe/London', 'Europe/Berlin', 'America/New_York', 'Asia/Tokyo', 'UTC'];

/** Rows per transaction: commits along the way keep the undo log small. */
const TX_ROWS = 50_000;

export interface UserSeed {
  users: number;
  organizations: number;
  usergroups: number;
  seconds: number;
  reused: boolean;
}

function familyName(rand: () => number): string {
  const n = 2 + Math.floor(rand() * 2);
  const s = Array.from({ length: n }, () => SYLLABLES[Math.floor(rand() * SYLLABLES.length)]).join('');
  return s[0].toUpperCase() + s.slice(1);
}

const maxId = async (ds: DataSource, table: string): Promise<number> =>
  Number(((await ds.query(`SELECT MAX(id) AS n FROM ${table}`)) as { n: number | string | null }[])[0].n ?? 0);

/**
 * `total` users (ids 1..total) with one address each, 70% in one of `orgs` organizations, 10% in a
 * usergroup. `addTo`: on top of the rows already there (the demo's), with ids after theirs.
 */
export async function seedUsers(ds: DataSource, total: number, orgs = 2_000, groups = 10, { addTo = false } = {}): Promise<UserSeed> {
  const started = performance.now();
  const existing = Number(((await ds.query('SELECT COUNT(*) AS n FROM crm_user')) as { n: number | string }[])[0].n);
  if (!addTo && existing === total) return { users: total, organizations: orgs, usergroups: groups, seconds: 0, reused: true };
  if (!addTo && existing !== 0) throw new Error(`crm_user holds ${existing} rows, not 0 or ${total}: start from an empty database`);
  const base = { user: await maxId(ds, 'crm_user'), email: await maxId(ds, 'user_email'), org: await maxId(ds, 'organization') };
  const groupBase = await maxId(ds, 'usergroup');
  const rand = prng(20251202);
  const qr = ds.createQueryRunner();
  await qr.connect();
  try {
    // A bench database of generated rows: checks the generator already guarantees are skipped.
    if (ds.options.type !== 'better-sqlite3') await qr.query('SET SESSION foreign_key_checks = 0, unique_checks = 0');
    const em = qr.manager;
    const now = new Date();
    const domains = Array.from({ length: orgs }, (_, i) => `${familyName(rand).toLowerCase()}${i}.example`);
    await insertRows(
      em,
      Organization,
      ['id', 'name', 'nameKey', 'createdAt'],
      domains.map((d, i) => ({
        id: base.org + i + 1,
        name: `${d.split('.')[0]} Ltd`,
        nameKey: sortKey(`${d.split('.')[0]} Ltd`),
        createdAt: now,
      })),
    );
    await insertRows(
      em,
      Usergroup,
      ['id', 'name', 'createdAt'],
      Array.from({ length: groups }, (_, i) => ({ id: groupBase + i + 1, name: `Bench group ${i + 1}`, createdAt: now })),
    );
    for (let from = 1; from <= total; from += TX_ROWS) {
      const to = Math.min(total, from + TX_ROWS - 1);
      await inChunk(em, { from, to, base, groupBase }, rand, domains, groups, now);
    }
  } finally {
    await qr.release();
  }
  return { users: total, organizations: orgs, usergroups: groups, seconds: (performance.now() - started) / 1000, reused: false };
}

async function inChunk(
  em: EntityManager,
  { from, to, base, groupBase }: { from: number; to: number; base: { user: number; email: number; org: number }; groupBase: number },
  rand: () => number,
  domains: string[],
  groups: number,
  now: Date,
): Promise<void> {
  const users: Partial<User>[] = [];
  const emails: Partial<UserEmail>[] = [];
  const links: Partial<UserUsergroup>[] = [];
  for (let n = from; n <= to; n++) {
    const id = base.user + n;
    const first = FIRST[Math.floor(rand() * FIRST.length)];
    const last = familyName(rand);
    const org = rand() < 0.7 ? Math.floor(rand() * domains.length) : -1;
    const name = `${first} ${last}`;
    users.push({
      id,
      name,
      nameKey: sortKey(name),
      organizationId: org >= 0 ? base.org + org + 1 : null,
      timezone: ZONES[id % ZONES.length],
    });
    const shape = rand();
    const local = shape < 0.5 ? `${first}.${last}` : shape < 0.8 ? `${first[0]}${last}` : `${last}.${first}`;
    const domain = org >= 0 ? domains[org] : 'mail.example';
    // The id keeps addresses unique; real ones differ in many ways, this is one of them.
    const address = `${local}${id}@${domain}`.toLowerCase();
    // Its only address, primary: the copy every write path keeps (syncPrimaryEmail).
    users[users.length - 1].primaryEmail = address;
    emails.push({
      id: base.email + n,
      userId: id,
      address,
      domain,
      isPrimary: true,
      createdAt: now,
    });
    if (rand() < 0.1) links.push({ userId: id, usergroupId: groupBase + 1 + Math.floor(rand() * groups) });
  }
  await em.transaction(async (tx) => {
    await insertRows(
      tx,
      User,
      ['id', 'name', 'nameKey', 'organizationId', 'timezone', 'primaryEmail', 'isAutoResponder', 'createdAt', 'updatedAt'],
      users.map((u) => ({ ...u, isAutoResponder: false, createdAt: now, updatedAt: now })),
    );
    await insertRows(tx, UserEmail, ['id', 'userId', 'address', 'domain', 'isPrimary', 'createdAt'], emails);
    // Their search words, as every write path keeps them.
    await insertRows(
      tx,
      UserWord,
      ['word', 'userId', 'prevShared', 'leadShared', 'wordStarts', 'pairStarts', 'heads', 'name', 'primaryEmail', 'organizationId'],
      userWordRows(users as Pick<User, 'id' | 'nameKey'>[], emails as Pick<UserEmail, 'userId' | 'address'>[]),
    );
    await insertRows(tx, UserUsergroup, ['userId', 'usergroupId'], links);
  });
}
