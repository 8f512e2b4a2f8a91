import { graphql } from './gql';
import type { CrmActivityQuery } from './gql/graphql';
import { ADD_NOTE, crmHelpers, MERGE, UPDATE_USER } from './helpers/crm-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// A user's activity stream: changes, notes and merges in time order, paged across both sources.

const ACTIVITY = graphql(`
  query CrmActivity($u: ID!, $first: Int, $after: String) {
    userActivity(userId: $u, first: $first, after: $after) {
      edges {
        node {
          id
          kind
          createdAt
          actorName
          field
          newValue
          text
          relatedUserId
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

describe('CRM activity stream', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());
  const { ok, gql, createUser } = crmHelpers(() => t);

  it('lists changes, notes and merges newest first, and pages through them without gaps', async () => {
    const u = await createUser('Active User');
    const other = await createUser('Merged In');
    await ok(ADD_NOTE, { u: other.id, t: 'note from the merged user' });
    for (let i = 0; i < 3; i++) {
      await ok(UPDATE_USER, { id: u.id, i: { summary: `summary ${i}` } });
      await ok(ADD_NOTE, { u: u.id, t: `note ${i}` });
    }
    await ok(MERGE, { t: u.id, s: other.id });
    type Node = CrmActivityQuery['userActivity']['edges'][number]['node'];
    const all: Node[] = (await ok(ACTIVITY, { u: u.id, first: 100 })).userActivity.edges.map((e) => e.node);
    expect(new Set(all.map((a) => a.kind))).toEqual(new Set(['CHANGE', 'NOTE', 'MERGE']));
    expect(all.filter((a) => a.kind === 'NOTE').map((a) => a.text)).toEqual(['note 2', 'note 1', 'note 0', 'note from the merged user']);
    // The merge names the merged user for a link; nothing else names a user.
    expect(all.filter((a) => a.relatedUserId).map((a) => [a.kind, a.field, a.relatedUserId])).toEqual([['MERGE', 'merged', other.id]]);
    const times = all.map((a) => Date.parse(a.createdAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(all[all.length - 1]).toMatchObject({ kind: 'CHANGE', field: 'created' });

    const paged: Node[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i++) {
      const r: CrmActivityQuery['userActivity'] = (await ok(ACTIVITY, { u: u.id, first: 2, after })).userActivity;
      paged.push(...r.edges.map((e) => e.node));
      if (!r.pageInfo.hasNextPage) break;
      after = r.pageInfo.endCursor;
    }
    expect(paged.map((p) => p.id)).toEqual(all.map((a) => a.id));
    expect(codeOf(await gql(ACTIVITY, { u: other.id }))).toBe('NOT_FOUND');
  });
});
