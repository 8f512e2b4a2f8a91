import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// The read fast path (src/graphql/fast-path.ts) must answer exactly as Apollo would: these are
// the differences an attacker review found, each pinned here.

describe('the read fast path answers as Apollo does', () => {
  let t: TestApp;
  const post = (body: string | object, headers: Record<string, string> = {}) =>
    fetch(t.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${t.adminToken}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('checks the result size of the operation that runs, not of another one in the same document', async () => {
    const doc = `query Small { viewer { id } }
      query Big { agents(first: 100) { edges { node { teams { members { teams { members { id } } } } } } } }`;
    const small = await post({ query: doc, operationName: 'Small' });
    expect(small.status).toBe(200);
    expect(((await small.json()) as any).data.viewer.id).toBeTruthy();
    const big = await post({ query: doc, operationName: 'Big' });
    expect(big.status).toBe(400);
    expect(((await big.json()) as any).errors[0].message).toMatch(/Query too large/);
  });

  it('accepts a JSON body that starts with a byte-order mark', async () => {
    const res = await post(`\uFEFF${JSON.stringify({ query: '{ viewer { id } }' })}`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as any).data.viewer.id).toBeTruthy();
  });

  it('never compresses with an encoding the client refused (q=0)', async () => {
    // Over the 1 KB compression threshold.
    const page = 'agents(first: 50) { edges { node { id name email effectivePermissions } } }';
    const query = `{ a: ${page} b: ${page} c: ${page} }`;
    const refused = await post({ query }, { 'accept-encoding': 'gzip;q=0, *;q=1' });
    expect(refused.status).toBe(200);
    expect(refused.headers.get('content-encoding')).toBe('br');
    const preferred = await post({ query }, { 'accept-encoding': 'gzip;q=1.0, br;q=0.1' });
    expect(preferred.headers.get('content-encoding')).toBe('gzip');
    const none = await post({ query }, { 'accept-encoding': 'br;q=0, gzip;q=0' });
    expect(none.headers.get('content-encoding')).toBeNull();
    expect(((await none.json()) as any).data.a.edges.length).toBeGreaterThan(0);
  });

  it('leaves long query texts to Apollo (the document cache holds short ones only)', async () => {
    const res = await post({ query: `# ${'x'.repeat(20_000)}\n{ viewer { id } }` });
    expect(res.status).toBe(200);
    // Apollo's answers carry an ETag; the fast path sends none.
    expect(res.headers.get('etag')).toBeTruthy();
    const short = await post({ query: '{ viewer { id } }' });
    expect(short.headers.get('etag')).toBeNull();
  });

  it('answers an operationName that names no operation as Apollo does (an error), also an empty one', async () => {
    for (const operationName of ['Other', '']) {
      const res = await post({ query: 'query Mine { viewer { id } }', operationName });
      expect(res.headers.get('etag')).toBeTruthy();
      expect(((await res.json()) as any).errors?.length).toBeGreaterThan(0);
    }
  });

  // Resolvers with only @Root/@Ctx/@Info parameters skip type-graphql's wrapper (lean-resolvers.ts):
  // their @Authorized requirements are still checked, by the same auth checker.
  it("checks @Authorized on root and nested fields that resolve without type-graphql's wrapper", async () => {
    const anonymous = await t.gql('{ viewer { id } }');
    expect(codeOf(anonymous)).toBe('UNAUTHENTICATED');
    expect(anonymous.data?.viewer ?? null).toBeNull();
    const tokenOf = async (scopes: string[]) =>
      (
        await t.ok(
          'mutation($n: String!, $s: [String!]!) { createApiToken(name: $n, scopes: $s) { token } }',
          { n: scopes.join('+'), s: scopes },
          {
            token: t.adminToken,
          },
        )
      ).createApiToken.token as string;
    const usersOnly = await tokenOf(['users:read']);
    // Query.teams needs agents:read.
    expect(codeOf(await t.gql('{ teams { id } }', {}, { token: usersOnly }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql('{ viewer { id teams { id } } }', {}, { token: usersOnly }))).toBe('FORBIDDEN');
    // Team.members: a field resolver with @Authorized('agents:read'), granted here.
    const adminId = (await t.ok('{ viewer { id } }', {}, { token: t.adminToken })).viewer.id;
    const team = (await t.ok('mutation { createTeam(name: "Lean check") { id } }', {}, { token: t.adminToken })).createTeam.id;
    await t.ok(
      'mutation($id: ID!, $a: [ID!]!) { setTeamMembers(id: $id, agentIds: $a) { id } }',
      { id: team, a: [adminId] },
      { token: t.adminToken },
    );
    const reader = await tokenOf(['agents:read']);
    const read = await t.ok('{ viewer { id } teams { id members { id } } }', {}, { token: reader });
    expect(read.viewer.id).toBe(adminId);
    expect(read.teams.find((x: { id: string }) => x.id === team).members).toEqual([{ id: adminId }]);
  });
});
