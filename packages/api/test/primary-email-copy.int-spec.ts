import { ADD_EMAIL, CREATE_ORG, crmHelpers, GET_USER, REMOVE_EMAIL, SET_PRIMARY, UNDO_MERGE, UPDATE_USER } from './helpers/crm-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';
import { importUsers, USER_HEADER } from './helpers/user-import-helpers';
import { MERGE_IDS } from './helpers/visibility-fixtures';

// crm_user.primary_email (issue 23 item 4): the list reads each user's primary address from
// ix_crm_user_list, so the copy must equal what the user's addresses say (the primary one, else
// the oldest) after every write of addresses, by every path: create, address added, removed and
// made primary, merge and its undo, the CSV import (new users and added addresses), and writes of
// one user at once. Checked against user_email itself and against what the API shows. The list's
// columns are also copied to each user's words (user_word: name, primary address, organization),
// so that a words-phase search page reads no user row: the same paths, and renames and
// organization changes and deletions, keep them equal to crm_user's.

describe('the primary address kept on crm_user', () => {
  let t: TestApp;
  const admin = crmHelpers(() => t);

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  /**
   * Users whose copy differs from their addresses' primary (else oldest; null without any), and
   * word rows whose list columns differ from their user's (compared here: case counts).
   */
  async function drift(): Promise<unknown[]> {
    const rows = (await t.roster.ds.query(
      'SELECT u.id, u.primary_email AS copy, (SELECT e.address FROM user_email e WHERE e.user_id = u.id ' +
        'ORDER BY e.is_primary DESC, e.id ASC LIMIT 1) AS actual FROM crm_user u',
    )) as { id: number | string; copy: string | null; actual: string | null }[];
    const words = (await t.roster.ds.query(
      'SELECT w.user_id, w.word, w.name, w.primary_email, w.organization_id, u.name AS u_name, u.primary_email AS u_email, ' +
        'u.organization_id AS u_org, u.merged_into_id FROM user_word w JOIN crm_user u ON u.id = w.user_id',
    )) as Record<string, string | number | null>[];
    const num = (v: string | number | null) => (v === null ? null : Number(v));
    return [
      ...rows.filter((r) => r.copy !== r.actual).map((r) => ({ id: Number(r.id), copy: r.copy, actual: r.actual })),
      ...words.filter(
        (w) => w.name !== w.u_name || w.primary_email !== w.u_email || num(w.organization_id) !== num(w.u_org) || w.merged_into_id !== null,
      ),
    ];
  }

  const copyOf = async (id: string) => {
    const [row] = (await t.roster.ds.query('SELECT primary_email AS copy FROM crm_user WHERE id = ?', [Number(id)])) as {
      copy: string | null;
    }[];
    return row.copy;
  };

  /** The CRM list (the copy), the user's primary address and their primaryEmail field all say `address`. */
  async function expectShown(id: string, search: string, address: string) {
    const list = await admin.ok('query($s: String!) { users(filter: { search: $s }, first: 50) { edges { node { id primaryEmail } } } }', {
      s: search,
    });
    const inList = (list.users.edges as { node: { id: string; primaryEmail: string } }[]).find((e) => e.node.id === id)?.node.primaryEmail;
    // The same through the words phase (a search by the family name: the page from user_word alone).
    const byWord = await admin.ok(
      'query($s: String!) { users(filter: { search: $s }, first: 50) { edges { node { id primaryEmail } } } }',
      {
        s: search.split(' ')[1],
      },
    );
    const inWords = (byWord.users.edges as { node: { id: string; primaryEmail: string } }[]).find((e) => e.node.id === id)?.node
      .primaryEmail;
    expect(inWords).toBe(address);
    const user = (await admin.ok(GET_USER, { id })).user!;
    expect({ inList, primary: user.emails.find((e) => e.isPrimary)?.address, byField: user.primaryEmail }).toEqual({
      inList: address,
      primary: address,
      byField: address,
    });
  }

  it('follows create, added, removed and primary-changed addresses', async () => {
    const u = await admin.createUser('Copy Keeper', { emails: ['ck.first@copy.example', 'ck.second@copy.example'] });
    expect(await copyOf(u.id)).toBe('ck.first@copy.example');
    await admin.ok(ADD_EMAIL, { u: u.id, e: 'ck.third@copy.example' });
    expect(await copyOf(u.id)).toBe('ck.first@copy.example');
    await admin.ok(SET_PRIMARY, { u: u.id, e: 'ck.second@copy.example' });
    expect(await copyOf(u.id)).toBe('ck.second@copy.example');
    await expectShown(u.id, 'copy keeper', 'ck.second@copy.example');
    // Removing the primary makes the oldest other address primary.
    await admin.ok(REMOVE_EMAIL, { u: u.id, e: 'ck.second@copy.example' });
    expect(await copyOf(u.id)).toBe('ck.first@copy.example');
    await admin.ok(REMOVE_EMAIL, { u: u.id, e: 'ck.first@copy.example' });
    expect(await copyOf(u.id)).toBe('ck.third@copy.example');
    await expectShown(u.id, 'copy keeper', 'ck.third@copy.example');
    expect(await drift()).toEqual([]);
  });

  it('follows a merge and its undo', async () => {
    const target = await admin.createUser('Merge Target', { emails: ['mt@copy-merge.example'] });
    const source = await admin.createUser('Merge Source', { emails: ['ms.one@copy-merge.example', 'ms.two@copy-merge.example'] });
    await admin.ok(SET_PRIMARY, { u: source.id, e: 'ms.two@copy-merge.example' });
    const merged = await admin.ok(MERGE_IDS, { t: target.id, s: source.id });
    // The target keeps its primary address; the hidden source has none left.
    expect(await copyOf(target.id)).toBe('mt@copy-merge.example');
    expect(await copyOf(source.id)).toBeNull();
    expect(await drift()).toEqual([]);
    // The target's primary removed while the source's addresses are with it: the oldest left is primary.
    await admin.ok(ADD_EMAIL, { u: target.id, e: 'mt.later@copy-merge.example' });
    await admin.ok(SET_PRIMARY, { u: target.id, e: 'mt.later@copy-merge.example' });
    expect(await copyOf(target.id)).toBe('mt.later@copy-merge.example');
    await admin.ok(UNDO_MERGE, { m: merged.mergeUsers.merges[0].id });
    expect(await copyOf(source.id)).toBe('ms.two@copy-merge.example');
    expect(await copyOf(target.id)).toBe('mt.later@copy-merge.example');
    await expectShown(source.id, 'merge source', 'ms.two@copy-merge.example');
    expect(await drift()).toEqual([]);
  });

  it('follows the CSV import: new users and addresses added to existing ones', async () => {
    const row = (name: string, emails: string) => `${name},"${emails}"${','.repeat(12)}`;
    const created = await importUsers(
      t,
      `${USER_HEADER}\n${row('Imp Copyone', 'imp.one@copy-import.example; imp.two@copy-import.example')}\n`,
    );
    expect(created.job).toMatchObject({ status: 'COMPLETED', createdCount: 1 });
    const [{ id }] = (await t.roster.ds.query("SELECT id FROM crm_user WHERE name = 'Imp Copyone'")) as { id: number }[];
    // The first address of the cell is primary.
    expect(await copyOf(String(id))).toBe('imp.one@copy-import.example');
    await admin.ok(SET_PRIMARY, { u: String(id), e: 'imp.two@copy-import.example' });
    // Matched by an address, updated with a new one: added, not primary.
    const csv = `${USER_HEADER}\n${row('Imp Copyone', 'imp.three@copy-import.example; imp.one@copy-import.example')}\n`;
    expect((await importUsers(t, csv, { existing: 'UPDATE' })).job).toMatchObject({ status: 'COMPLETED', updatedCount: 1 });
    expect(await copyOf(String(id))).toBe('imp.two@copy-import.example');
    expect((await admin.ok(GET_USER, { id: String(id) })).user!.emails.map((e) => e.address)).toContain('imp.three@copy-import.example');
    expect(await drift()).toEqual([]);
  });

  it('stays right when writes of one user run at once', async () => {
    const u = await admin.createUser('Conc Copy', { emails: ['cc.a@copy-conc.example', 'cc.b@copy-conc.example'] });
    await Promise.all([
      ...['cc.b', 'cc.a', 'cc.b', 'cc.a'].map((l) => admin.ok(SET_PRIMARY, { u: u.id, e: `${l}@copy-conc.example` })),
      ...[1, 2, 3].map((i) => admin.ok(ADD_EMAIL, { u: u.id, e: `cc.add${i}@copy-conc.example` })),
      admin.ok(REMOVE_EMAIL, { u: u.id, e: 'cc.a@copy-conc.example' }),
    ]);
    const user = (await admin.ok(GET_USER, { id: u.id })).user!;
    expect(await copyOf(u.id)).toBe(user.emails.find((e) => e.isPrimary)!.address);
    expect(await drift()).toEqual([]);
  });

  it('keeps the list columns on the words: renames (also of case only), organizations set, changed and deleted, the import', async () => {
    const org = async (n: string) => (await admin.ok(CREATE_ORG, { n })).createOrganization.id;
    const [a, b] = [await org('Copy Org A'), await org('Copy Org B')];
    const u = await admin.createUser('Word Listed', { emails: ['wl@copy-words.example'], organizationId: a });
    expect(await drift()).toEqual([]);
    const shown = async (search: string) =>
      (
        await admin.ok(
          'query($s: String!) { users(filter: { search: $s }, first: 50) { edges { node { id name organization { name } } } } }',
          {
            s: search,
          },
        )
      ).users.edges.find((e: { node: { id: string } }) => e.node.id === u.id)?.node;
    await admin.ok(UPDATE_USER, { id: u.id, i: { name: 'word listed' } });
    await admin.ok(UPDATE_USER, { id: u.id, i: { organizationId: b } });
    expect(await drift()).toEqual([]);
    expect(await shown('listed')).toEqual({ id: u.id, name: 'word listed', organization: { name: 'Copy Org B' } });
    const del = await t.gql('mutation($id: ID!) { deleteOrganization(id: $id) }', { id: b }, { token: t.adminToken });
    expect(del.errors).toBeUndefined();
    expect(await drift()).toEqual([]);
    expect(await shown('listed')).toEqual({ id: u.id, name: 'word listed', organization: null });
    // The import: a name of another case and an organization, by the user's address.
    const csv = `${USER_HEADER}\nWord LISTED,wl@copy-words.example,Copy Org A${','.repeat(11)}\n`;
    expect((await importUsers(t, csv, { existing: 'UPDATE' })).job).toMatchObject({ status: 'COMPLETED', updatedCount: 1 });
    expect(await drift()).toEqual([]);
    expect(await shown('listed')).toEqual({ id: u.id, name: 'Word LISTED', organization: { name: 'Copy Org A' } });
  });
});
