import { graphql } from './gql';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// What guards the endpoint besides the query limits (limits-query.int-spec.ts): CSRF prevention,
// introspection and error masking by environment, and the sign-in input limits.

const VIEWER_EMAIL = graphql(`
  query LimitsViewer3 {
    viewer {
      email
    }
  }
`);

describe('CSRF prevention and introspection (NODE_ENV=test)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('rejects a GET without a preflight header, and answers it with one', async () => {
    const url = `${t.url}?query=${encodeURIComponent('{ __typename }')}`;
    const before = t.sql.count;
    const blocked = await fetch(url, { headers: { cookie: `roster_session=${t.adminToken}` } });
    expect(blocked.status).toBe(400);
    expect(await blocked.text()).toMatch(/CSRF/);
    expect(t.sql.count).toBe(before);
    const allowed = await fetch(url, { headers: { 'apollo-require-preflight': 'true' } });
    expect(allowed.status).toBe(200);
    expect(await allowed.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('rejects simple POSTs (text/plain, form) that a foreign page could send with the cookie', async () => {
    const body = JSON.stringify({ query: 'mutation { logout }' });
    const cookie = `roster_session=${t.adminToken}`;
    for (const contentType of ['text/plain', 'application/x-www-form-urlencoded']) {
      const before = t.sql.count;
      const res = await fetch(t.url, { method: 'POST', headers: { 'content-type': contentType, cookie }, body });
      expect({ contentType, status: res.status }).toEqual({ contentType, status: 400 });
      expect(t.sql.count).toBe(before);
    }
    // The session survived: nothing ran.
    expect((await t.ok(VIEWER_EMAIL, {}, { cookie })).viewer.email).toBe('admin@example.com');
  });

  it('allows introspection outside production', async () => {
    expect(t.config.env).toBe('test');
    const r = await t.ok(
      graphql(`
        query LimitsIntrospection {
          __schema {
            queryType {
              name
            }
          }
          __type(name: "Agent") {
            name
          }
        }
      `),
    );
    expect(r).toEqual({ __schema: { queryType: { name: 'Query' } }, __type: { name: 'Agent' } });
  });
});

describe('production mode', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ NODE_ENV: 'production' });
  });
  afterAll(() => t.close());

  it('disables introspection but still serves queries', async () => {
    expect(t.config.env).toBe('production');
    // Refused in production: plain strings, which also label the expectations.
    for (const q of ['{ __schema { queryType { name } } }', '{ __type(name: "Agent") { name fields { name } } }']) {
      const r = await t.gql(q, {}, { token: t.adminToken });
      expect({ q, code: codeOf(r) }).toEqual({ q, code: 'GRAPHQL_VALIDATION_FAILED' });
      expect(r.data).toBeUndefined();
    }
    expect((await t.ok(VIEWER_EMAIL, {}, { token: t.adminToken })).viewer.email).toBe('admin@example.com');
  });

  it('hides unexpected errors behind INTERNAL_SERVER_ERROR and logs them', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const ds = t.roster.ds;
    // Make the next statement fail in a way no resolver expects: the table is gone.
    await ds.query('ALTER TABLE department RENAME TO department_gone');
    try {
      const r = await t.gql(
        graphql(`
          query LimitsDepartments {
            departments {
              id
              name
            }
          }
        `),
        {},
        { token: t.adminToken },
      );
      expect(r.errors).toHaveLength(1);
      // Nothing of the driver's message (table name, SQL, stack) reaches the client.
      const {
        path,
        locations: _l,
        ...rest
      } = r.errors![0] as typeof r.errors extends (infer E)[] | undefined ? E & { path?: unknown; locations?: unknown } : never;
      expect(path).toEqual(['departments']);
      expect(rest).toEqual({ message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      // The cause is logged for the operator. (When jest reuses the native SQLite driver across test files,
      // its errors come from another realm and graphql reports them as "Unexpected error value: { code }".)
      expect(logged).toHaveBeenCalled();
      expect(
        logged.mock.calls
          .flat()
          .map((x) => String((x as Error)?.message ?? x))
          .join(' '),
      ).toMatch(/department|SQLITE_ERROR|ER_NO_SUCH_TABLE/);
    } finally {
      await ds.query('ALTER TABLE department_gone RENAME TO department');
      logged.mockRestore();
    }
    expect(
      (
        await t.ok(
          graphql(`
            query LimitsDepartments2 {
              departments {
                id
              }
            }
          `),
          {},
          { token: t.adminToken },
        )
      ).departments,
    ).toEqual([]);
  });
});

describe('sign-in input limits', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_ATTEMPTS_PER_IP: '3' });
  });
  afterAll(() => t.close());

  it('treats an over-long email as a wrong login and still counts it against the IP', async () => {
    const LOGIN = graphql(`
      mutation LimitsLogin($e: String!, $p: String!) {
        login(email: $e, password: $p) {
          token
        }
      }
    `);
    for (let i = 0; i < 3; i++) {
      const r = await t.gql(LOGIN, { e: `${'x'.repeat(300 + i)}@example.com`, p: 'whatever-password' });
      expect({ i, code: codeOf(r) }).toEqual({ i, code: 'UNAUTHENTICATED' });
    }
    // Three failures from this address: even the right password is refused now.
    expect(codeOf(await t.gql(LOGIN, { e: 'admin@example.com', p: 'correct horse battery' }))).toBe('RATE_LIMITED');
  });
});
