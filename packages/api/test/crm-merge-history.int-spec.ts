import { graphql } from './gql';
import { ADD_NOTE, crmHelpers, MERGE, UNDO_MERGE, UPDATE_USER } from './helpers/crm-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';

// After a merge the kept user's change log holds the merged user's entries too: each says where
// it came from (ChangeLogEntry.movedFrom, issue 19), so Alice's log does not claim Alicia's changes.

const LOG = graphql(`
  query CrmMovedLog($id: ID!) {
    changeLog(entityType: USER, entityId: $id, first: 100) {
      edges {
        node {
          field
          newValue
          movedFrom {
            userId
            name
            email
            mergeId
          }
        }
      }
    }
  }
`);

const ACTIVITY = graphql(`
  query CrmMovedActivity($id: ID!) {
    userActivity(userId: $id, first: 100) {
      edges {
        node {
          kind
          field
          newValue
          text
          movedFrom {
            userId
            name
          }
        }
      }
    }
  }
`);

describe('merged history marked', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  const { ok, createUser } = crmHelpers(() => t);
  const log = async (id: string) => (await ok(LOG, { id })).changeLog.edges.map((e) => e.node);

  it("marks the merged user's entries with the merged user, and the kept user's own entries not", async () => {
    const alice = await createUser('Alice Smith');
    const alicia = await createUser('Alicia Smith');
    await ok(UPDATE_USER, { id: alicia.id, i: { summary: 'Alicia called' } });
    await ok(UPDATE_USER, { id: alice.id, i: { phone: '+1 415 555 0100' } });
    const merged = (await ok(MERGE, { t: alice.id, s: alicia.id })).mergeUsers;
    const mergeId = merged.merges[0].id;

    const entries = await log(alice.id);
    // Alicia's summary change, moved; then the merge giving Alice's empty summary Alicia's (Alice's own).
    const summaries = entries.filter((e) => e.field === 'summary');
    expect(summaries.map((e) => [e.newValue, e.movedFrom])).toEqual([
      ['Alicia called', null],
      ['Alicia called', { userId: alicia.id, name: 'Alicia Smith', email: alicia.primaryEmail, mergeId }],
    ]);
    // Alicia's own creation moved too; Alice's own entries and the merge entry itself are unmarked.
    expect(entries.filter((e) => e.field === 'created').map((e) => e.movedFrom?.name ?? null)).toEqual(
      expect.arrayContaining(['Alicia Smith', null]),
    );
    expect(entries.find((e) => e.field === 'phone')!.movedFrom).toBeNull();
    expect(entries.find((e) => e.field === 'merged')!.movedFrom).toBeNull();

    // Undone: the entries are Alicia's again, and unmarked there.
    await ok(UNDO_MERGE, { m: mergeId });
    expect((await log(alice.id)).filter((e) => e.movedFrom)).toEqual([]);
    expect((await log(alicia.id)).find((e) => e.field === 'summary')!.movedFrom).toBeNull();
  });

  it('names the first merged user when history moved twice', async () => {
    const a = await createUser('Twice A');
    const b = await createUser('Twice B');
    const c = await createUser('Twice C');
    await ok(UPDATE_USER, { id: a.id, i: { summary: 'from A' } });
    await ok(UPDATE_USER, { id: b.id, i: { summary: 'from B' } });
    await ok(MERGE, { t: b.id, s: a.id });
    await ok(MERGE, { t: c.id, s: b.id });
    const entries = await log(c.id);
    // Newest first: the second merge filling C's empty summary (C's own), B's change, A's change.
    expect(entries.filter((e) => e.field === 'summary').map((e) => [e.newValue, e.movedFrom?.name ?? null])).toEqual([
      ['from B', null],
      ['from B', 'Twice B'],
      ['from A', 'Twice A'],
    ]);
  });

  it("marks the merged user's changes and notes in the kept user's activity too, and not after an undo", async () => {
    const alice = await createUser('Activity Alice');
    const alicia = await createUser('Activity Alicia');
    await ok(UPDATE_USER, { id: alicia.id, i: { summary: 'Alicia called' } });
    await ok(ADD_NOTE, { u: alicia.id, t: 'Alicia note' });
    await ok(ADD_NOTE, { u: alice.id, t: 'Alice note' });
    const mergeId = (await ok(MERGE, { t: alice.id, s: alicia.id })).mergeUsers.merges[0].id;
    const activity = async (id: string) => (await ok(ACTIVITY, { id })).userActivity.edges.map((e) => e.node);

    const items = await activity(alice.id);
    const from = (pick: (i: (typeof items)[number]) => boolean) => items.filter(pick).map((i) => i.movedFrom?.name ?? null);
    expect(from((i) => i.kind === 'NOTE' && i.text === 'Alicia note')).toEqual(['Activity Alicia']);
    expect(from((i) => i.kind === 'NOTE' && i.text === 'Alice note')).toEqual([null]);
    expect(from((i) => i.field === 'summary')).toEqual([null, 'Activity Alicia']);
    expect(from((i) => i.kind === 'MERGE')).toEqual([null]);
    expect(items.find((i) => i.movedFrom)!.movedFrom!.userId).toBe(alicia.id);

    await ok(UNDO_MERGE, { m: mergeId });
    expect((await activity(alice.id)).filter((i) => i.movedFrom)).toEqual([]);
  });
});
