import { ChangeLogEntityType, ChangeLogEntry } from '../src/common/change-log';
import { insertRows } from '../src/common/insert-rows';
import { Note } from '../src/modules/user';
import { crmHelpers } from './helpers/crm-fixtures';
import { startTestApp, TestApp } from './helpers/test-app';
import { graphql } from './gql';

// Issue 18.10: a user with a long history merges and the merge undoes, whatever its size (what
// moved is stored as rows of user_merge_moved, not as one list in a TEXT cell that MariaDB caps
// at 64 kB). Meaningful on MariaDB: TEST_DATABASE_URL=mysql://... npx jest --runInBand.

const NOTES = 30_000;
const HISTORY = 10_000;

const MERGE_LARGE = graphql(`
  mutation CrmMergeLarge($t: ID!, $s: ID!) {
    mergeUsers(targetUserId: $t, sourceUserId: $s) {
      id
      noteConnection(first: 1) {
        totalCount
      }
      merges(first: 1) {
        id
      }
    }
  }
`);
const UNDO_LARGE = graphql(`
  mutation CrmUndoMergeLarge($m: ID!) {
    undoUserMerge(mergeId: $m) {
      id
      noteConnection(first: 1) {
        totalCount
      }
    }
  }
`);

describe('merging a user with a long history', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());
  const { ok, createUser } = crmHelpers(() => t);

  /** Rows per user id, read straight from the database. */
  const countBy = async (sql: string, params: unknown[]): Promise<number> => Number((await t.roster.ds.query(sql, params))[0].n);
  const notesOf = (userId: string) => countBy('SELECT COUNT(*) AS n FROM user_note WHERE user_id = ?', [Number(userId)]);
  const historyOf = (userId: string, upToId: number) =>
    countBy("SELECT COUNT(*) AS n FROM change_log WHERE entity_type = 'USER' AND entity_id = ? AND id <= ?", [userId, upToId]);

  it(`moves ${NOTES} notes and ${HISTORY} change-log entries into the target, and undo moves them all back`, async () => {
    const target = await createUser('Large Target');
    const source = await createUser('Large Source', { phone: '+1 415 555 0142' });
    const now = new Date();
    const em = t.roster.ds.manager;
    function* notes(): Generator<Partial<Note>> {
      for (let i = 0; i < NOTES; i++)
        yield {
          userId: Number(source.id),
          text: `old note ${i}`,
          authorKind: 'AGENT',
          authorId: null,
          authorName: 'Archive',
          createdAt: now,
        };
    }
    function* history(): Generator<Partial<ChangeLogEntry>> {
      for (let i = 0; i < HISTORY; i++)
        yield {
          entityType: ChangeLogEntityType.USER,
          entityId: source.id,
          field: 'summary',
          oldValue: null,
          newValue: `v${i}`,
          actorKind: 'AGENT',
          actorName: 'Archive',
          createdAt: now,
        };
    }
    await insertRows(em, Note, ['userId', 'text', 'authorKind', 'authorId', 'authorName', 'createdAt'], notes());
    await insertRows(
      em,
      ChangeLogEntry,
      ['entityType', 'entityId', 'field', 'oldValue', 'newValue', 'actorKind', 'actorName', 'createdAt'],
      history(),
    );
    const lastEntry = await countBy('SELECT MAX(id) AS n FROM change_log', []);
    const sourceHistory = await historyOf(source.id, lastEntry);
    const targetHistory = await historyOf(target.id, lastEntry);
    expect(sourceHistory).toBeGreaterThanOrEqual(HISTORY);

    let started = Date.now();
    const merged = (await ok(MERGE_LARGE, { t: target.id, s: source.id })).mergeUsers;
    const mergeMs = Date.now() - started;
    expect(merged.noteConnection.totalCount).toBe(NOTES);
    expect([await notesOf(target.id), await notesOf(source.id)]).toEqual([NOTES, 0]);
    expect([await historyOf(target.id, lastEntry), await historyOf(source.id, lastEntry)]).toEqual([targetHistory + sourceHistory, 0]);

    started = Date.now();
    const back = (await ok(UNDO_LARGE, { m: merged.merges[0].id })).undoUserMerge;
    const undoMs = Date.now() - started;
    expect(back).toEqual({ id: source.id, noteConnection: { totalCount: NOTES } });
    expect([await notesOf(target.id), await notesOf(source.id)]).toEqual([0, NOTES]);
    expect([await historyOf(target.id, lastEntry), await historyOf(source.id, lastEntry)]).toEqual([targetHistory, sourceHistory]);
    console.log(`${t.db.type}: merge of ${NOTES} notes + ${HISTORY} entries ${mergeMs} ms, undo ${undoMs} ms`);
  }, 180_000);
});
