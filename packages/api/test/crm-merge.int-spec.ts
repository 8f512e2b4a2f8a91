import {
  ADD_NOTE,
  CREATE_GROUP,
  CREATE_ORG,
  crmHelpers,
  DUPLICATES,
  GET_USER,
  LIST_USERS,
  MERGE,
  UNDO_MERGE,
  UPDATE_USER,
} from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';
import { graphql } from './gql';
import { UserMerge } from '../src/modules/user';

// mergeUsers and undoUserMerge: what moves, what comes back, the time limit, and merges racing
// each other (meaningful on MariaDB: TEST_DATABASE_URL=mysql://... npx jest --runInBand).

// The record's undo banner: which merges into a user can still be undone, by the server's clock.
const MERGES = graphql(`
  query CrmMergesUndoable($id: ID!) {
    user(id: $id) {
      merges {
        id
        sourceName
        undoUntil
        undoable
      }
    }
  }
`);

describe('CRM merges', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const { ok, gql, createUser, log } = crmHelpers(() => t);
  const live = async (id: string) => (await ok(GET_USER, { id })).user;

  it('moves emails, notes, usergroups, history and empty fields into the target, and undo moves them back', async () => {
    const g1 = (await ok(CREATE_GROUP, { n: 'Merge G1' })).createUsergroup;
    const g2 = (await ok(CREATE_GROUP, { n: 'Merge G2' })).createUsergroup;
    const org = (await ok(CREATE_ORG, { n: 'Merge Org' })).createOrganization;
    const target = await createUser('Merge Target', { usergroupIds: [g1.id], summary: 'target summary' });
    const source = await createUser('Merge Source', {
      usergroupIds: [g1.id, g2.id],
      organizationId: org.id,
      phone: '+14155550199',
      summary: 'source summary',
    });
    await ok(ADD_NOTE, { u: source.id, t: 'note on source' });
    await ok(UPDATE_USER, { id: source.id, i: { website: 'https://source.example' } });
    const sourceLog = await log(source.id);

    const merged = (await ok(MERGE, { t: target.id, s: source.id })).mergeUsers;
    expect(merged.emails).toEqual([
      { address: target.primaryEmail, isPrimary: true },
      { address: source.primaryEmail, isPrimary: false },
    ]);
    expect(merged.notes.map((n) => n.text)).toEqual(['note on source']);
    expect(merged.usergroups.map((g) => g.name)).toEqual(['Merge G1', 'Merge G2']);
    expect(merged).toMatchObject({
      organization: org,
      phone: '+14155550199',
      summary: 'target summary',
      website: 'https://source.example',
    });
    expect(merged.merges).toEqual([{ id: expect.any(String), sourceUserId: source.id, undoneAt: null }]);
    expect(await live(source.id)).toBeNull();
    expect((await ok(LIST_USERS, { f: { search: source.primaryEmail }, first: 5 })).users.edges.map((e) => e.node.id)).toEqual([target.id]);
    // The source's history now reads under the target, with the merge recorded.
    const targetLog = await log(target.id);
    expect(targetLog.length).toBeGreaterThan(sourceLog.length);
    expect(targetLog.map((e) => e.field)).toEqual(expect.arrayContaining(['merged', 'website', 'note']));
    // Merging again, or into/from a merged-away user, is refused.
    expect(codeOf(await gql(MERGE, { t: target.id, s: source.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(MERGE, { t: source.id, s: target.id }))).toBe('NOT_FOUND');
    expect(codeOf(await gql(MERGE, { t: target.id, s: target.id }))).toBe('BAD_USER_INPUT');

    const back = (await ok(UNDO_MERGE, { m: merged.merges[0].id })).undoUserMerge;
    expect(back).toMatchObject({
      id: source.id,
      primaryEmail: source.primaryEmail,
      emails: [{ address: source.primaryEmail, isPrimary: true }],
      notes: [{ text: 'note on source' }],
      usergroups: [g1, g2],
      organization: org,
    });
    const t2 = (await live(target.id))!;
    expect(t2).toMatchObject({
      emails: [{ address: target.primaryEmail, isPrimary: true }],
      notes: [],
      usergroups: [g1],
      organization: null,
      phone: null,
    });
    expect(t2.merges[0].undoneAt).not.toBeNull();
    expect((await ok(MERGES, { id: target.id })).user!.merges.map((m) => m.undoable)).toEqual([false]);
    expect((await log(source.id)).length).toBeGreaterThanOrEqual(sourceLog.length);
    expect((await log(target.id)).map((e) => e.field)).toContain('mergeUndone');
    expect(codeOf(await gql(UNDO_MERGE, { m: merged.merges[0].id }))).toBe('CONFLICT');
    expect(codeOf(await gql(UNDO_MERGE, { m: '999999' }))).toBe('NOT_FOUND');
  });

  it('refuses an undo after the undo period', async () => {
    const a = await createUser('Old Merge A');
    const b = await createUser('Old Merge B');
    const mergeId = (await ok(MERGE, { t: a.id, s: b.id })).mergeUsers.merges[0].id;
    const undoable = async () => (await ok(MERGES, { id: a.id })).user!.merges.map((m) => [m.sourceName, m.undoable]);
    expect(await undoable()).toEqual([['Old Merge B', true]]);
    await t.roster.ds.getRepository(UserMerge).update(Number(mergeId), { undoUntil: new Date(Date.now() - 1000) });
    expect(await undoable()).toEqual([['Old Merge B', false]]);
    const r = await gql(UNDO_MERGE, { m: mergeId });
    expect(codeOf(r)).toBe('CONFLICT');
    expect(r.errors![0].message).toContain('7 days');
  });

  it('runs simultaneous merges of overlapping users one after the other, losing nothing', async () => {
    for (let round = 0; round < 3; round++) {
      const [a, b, c, d] = [
        await createUser(`Race A${round}`),
        await createUser(`Race B${round}`),
        await createUser(`Race C${round}`),
        await createUser(`Race D${round}`),
      ];
      const emails = [a, b, c, d].map((u) => u.primaryEmail);
      // Two merges share a source, one pair points the other way, one is independent.
      const results = await Promise.all([
        gql(MERGE, { t: a.id, s: b.id }),
        gql(MERGE, { t: c.id, s: b.id }),
        gql(MERGE, { t: b.id, s: a.id }),
        gql(MERGE, { t: d.id, s: c.id }),
      ]);
      const codes = results.map((r) => codeOf(r) ?? 'OK');
      expect(codes.every((c) => c === 'OK' || c === 'NOT_FOUND')).toBe(true);
      expect(codes.filter((c) => c === 'OK').length).toBeGreaterThanOrEqual(2);
      // Every address still belongs to exactly one live user.
      for (const e of emails) {
        const found = (await ok(LIST_USERS, { f: { search: e }, first: 5 })).users.edges;
        expect({ e, n: found.length }).toEqual({ e, n: 1 });
      }
      // Each successful merge hid exactly one user.
      const rows: { id: number; merged_into_id: number | null }[] = await t.roster.ds.query(
        'SELECT id, merged_into_id FROM crm_user WHERE id IN (?, ?, ?, ?)',
        [a, b, c, d].map((u) => Number(u.id)),
      );
      const byId = new Map(rows.map((r) => [Number(r.id), r.merged_into_id === null ? null : Number(r.merged_into_id)]));
      const alive = [...byId.values()].filter((v) => v === null).length;
      expect(alive).toBe(4 - codes.filter((c) => c === 'OK').length);
    }
  });

  it('suggests duplicates: the same phone, or the same email domain and a similar name', async () => {
    const domain = `dup${process.pid}.example`;
    const base = await createUser('Jonathan Smithers', { emails: [`jon@${domain}`], phone: '+44 (20) 7946-0001' });
    const sameDomain = await createUser('J. Smithers', { emails: [`j.smithers@${domain}`] });
    const typo = await createUser('Jonathon Smither', { emails: [`other@${domain}`] });
    const samePhone = await createUser('Somebody Else', { phone: '+44 20 7946 0001' });
    await createUser('Unrelated Person', { emails: [`unrelated@${domain}`] });
    const r = (await ok(DUPLICATES, { u: base.id })).userDuplicates;
    expect(r.map((d) => [d.user.name, d.reasons]).sort()).toEqual(
      [
        [sameDomain.name, ['SAME_EMAIL_DOMAIN_SIMILAR_NAME']],
        [typo.name, ['SAME_EMAIL_DOMAIN_SIMILAR_NAME']],
        [samePhone.name, ['SAME_PHONE']],
      ].sort(),
    );
  });
});
