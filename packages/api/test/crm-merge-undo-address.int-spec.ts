import { crmHelpers, MERGE, UNDO_MERGE, uniqueEmail } from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Issue 18.9: undoing a merge never brings a user back without an email address.

const REMOVE_EMAIL = 'mutation($u: ID!, $e: String!) { removeUserEmail(userId: $u, email: $e) { id } }';
const MERGES = 'query($id: ID!) { user(id: $id) { merges { id } } }';

describe('undoing a merge whose moved address was removed since', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('is refused with the reason and changes nothing', async () => {
    const { ok, gql, createUser } = crmHelpers(() => t);
    const sourceEmail = uniqueEmail('undo-source');
    const target = await createUser('Undo Target');
    const source = await createUser('Undo Source', { emails: [sourceEmail] });
    await ok(MERGE, { t: target.id, s: source.id });
    const mergeId = (await t.ok(MERGES, { id: target.id }, { token: t.adminToken })).user.merges[0].id;
    await t.ok(REMOVE_EMAIL, { u: target.id, e: sourceEmail }, { token: t.adminToken });
    const undo = await gql(UNDO_MERGE, { m: mergeId });
    expect(codeOf(undo)).toBe('CONFLICT');
    expect(undo.errors![0].message).toMatch(
      /without an email address: the addresses that moved with the merge have been removed from Undo Target .* since/,
    );
    // Nothing moved: the source is still merged away, the target keeps its own address.
    const after = await t.ok('query($id: ID!) { user(id: $id) { id emails { address } } }', { id: source.id }, { token: t.adminToken });
    expect(after.user === null || after.user.id === target.id).toBe(true);
    // The merge is still there to undo later if that ever becomes possible, and still not undone.
    const merges = await t.ok('query($id: ID!) { user(id: $id) { merges { id undoneAt } } }', { id: target.id }, { token: t.adminToken });
    expect(merges.user.merges).toEqual([{ id: mergeId, undoneAt: null }]);
  });
});
