import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { graphql } from './gql';
import { startTestApp, TestApp } from './helpers/test-app';

// Issue 16: graphql-jit (the read fast path's compiler) wrote argument literals into generated
// JavaScript, and a string literal starting with its date marker ran as code in the server. The
// fast path now compiles only documents whose literals were lifted into variables (normalize.ts).
// This fuzzes every literal position with the marker and generic escapes, as every kind of
// caller, on a development and a production server, and checks that nothing runs and that every
// answer equals the answer of a server without the fast path (Apollo alone) on the same database.

const proof = path.join(os.tmpdir(), `roster-fuzz-${process.pid}-${Date.now()}`);
// One expression, without double quotes (JSON.stringify would escape them in generated code).
const CODE = `(process.getBuiltinModule('fs').writeFileSync('${proof}', 'ran'), globalThis.__rosterFuzz = 1)`;
const MARKERS = [
  '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d',
  '__MAGIC_NAN__57f286b9_4c20_487f_b409_79804ddcb4f8',
  '__MAGIC_PLUS_INFINITY__bb201c39_3333_4695_b4ad_7f1722e7aa7a',
  '__MAGIC_MINUS_INFINITY__71d4310a_d4a3_4a05_b1fe_e60779d24998',
];

/** String values; each is written into documents as a GraphQL string literal and as a block string. */
const PAYLOADS: string[] = [
  // The probe's reproduction, and variants around the marker's regular expression.
  `${MARKERS[0]}0), x: ${CODE}, y: new Date(0`,
  `${MARKERS[0]}${CODE}`,
  `${MARKERS[0]}0) || (${CODE}) || new Date(0\\`,
  `${MARKERS[0]}0"); ${CODE}; ("`,
  ...MARKERS.slice(1),
  `${MARKERS[1]}"); ${CODE}; ("`,
  // Generic escapes out of a generated string, comment or template.
  `"); ${CODE}; ("`,
  `'); ${CODE}; ('`,
  '`); ' + CODE + '; (`',
  '${' + CODE + '}',
  `*/ ${CODE} /*`,
  `\\"); ${CODE}; //`,
  `\u2028${CODE}\u2029`,
  `\n${CODE}\n`,
  '</script><script>1</script>',
  '__proto__',
  'constructor',
  'x'.repeat(3000),
];

/** Literal positions: `LIT` is replaced by the literal. */
const TEMPLATES: string[] = [
  '{ __type(name: LIT) { name } }',
  '{ agents(first: 2, filter: { search: LIT }) { totalCount edges { node { id } } } }',
  '{ users(first: 2, filter: { search: LIT }) { totalCount } }',
  '{ organizations(search: LIT) { totalCount } }',
  '{ user(id: LIT) { id } }',
  '{ agent(id: LIT) { id name } }',
  '{ changeLog(entityType: AGENT, entityId: LIT) { totalCount } }',
  'query Frag { ...F } fragment F on Query { agents(filter: { search: LIT }) { totalCount } }',
  '{ ... on Query { agent(id: LIT) { id } } }',
  'query Defaults($s: String = LIT) { agents(filter: { search: $s }) { totalCount } }',
  'query Mixed($t: ID) { agents(filter: { search: LIT, teamId: $t }) { totalCount } }',
  '{ viewer { id } a: agent(id: LIT) { id } b: agents(first: 1, filter: { search: LIT }) { totalCount } }',
  '{ viewer { id @include(if: LIT) } }',
];

const literals = (value: string): string[] => [JSON.stringify(value), `"""${value.replace(/"""/g, '\\"""')}"""`];

interface Answer {
  status: number;
  body: unknown;
}

describe.each(['development', 'production'])('query safety on a %s server', (mode) => {
  let fast: TestApp;
  let apollo: TestApp;
  const tokens: Record<string, string | undefined> = {};

  beforeAll(async () => {
    fast = await startTestApp({ NODE_ENV: mode, GRAPHQL_FAST_PATH: '1' });
    apollo = await startTestApp({ NODE_ENV: mode, GRAPHQL_FAST_PATH: '0' }, { shareDatabaseWith: fast });
    // (An admin's answers are compared for every SPA and test document in fast-path-parity.int-spec.ts.)
    tokens.anonymous = undefined;
    tokens.agent = (await fast.createAgent({ email: `plain.${mode}@example.com`, name: 'Plain Agent', isAdmin: false })).token;
    const created = await fast.ok(
      graphql(`
        mutation SafetyToken($n: String!, $s: [String!]!) {
          createApiToken(name: $n, scopes: $s) {
            token
          }
        }
      `),
      { n: 'fuzz', s: ['users:read'] },
      { token: fast.adminToken },
    );
    tokens.token = created.createApiToken.token;
    // Signed in, but must change the password first: every field is refused.
    await fast.ok(
      graphql(`
        mutation SafetyMustChange($i: CreateAgentInput!) {
          createAgent(input: $i) {
            agent {
              id
            }
          }
        }
      `),
      {
        i: {
          email: `change.${mode}@example.com`,
          name: 'Must Change',
          password: 'agent-password-1',
          forcePasswordChange: true,
          sendWelcomeEmail: false,
        },
      },
      { token: fast.adminToken },
    );
    tokens.mustChange = await fast.login(`change.${mode}@example.com`, 'agent-password-1');
  });
  afterAll(async () => {
    await apollo?.close();
    await fast?.close();
    fs.rmSync(proof, { force: true });
  });

  async function ask(app: TestApp, query: string, token: string | undefined): Promise<Answer> {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (token) headers.authorization = `Bearer ${token}`;
    const res = await fetch(app.url, { method: 'POST', headers, body: JSON.stringify({ query }) });
    return { status: res.status, body: await res.json() };
  }

  // A fuzz: about 2,600 requests, given time on a loaded CI machine.
  it('runs no client text as code, in any literal position, for any caller, and answers as Apollo does', async () => {
    // Each shape used twice first: from then on the fast path answers with graphql-jit's executor.
    for (const template of TEMPLATES) for (let i = 0; i < 2; i++) await ask(fast, template.replaceAll('LIT', '"warm"'), fast.adminToken);
    // Block strings too for the marker payloads (a different token, the same value).
    const cases = PAYLOADS.flatMap((p, i) => (i < 4 ? literals(p) : [JSON.stringify(p)])).flatMap((lit) =>
      TEMPLATES.map((t) => t.replaceAll('LIT', lit)),
    );
    let compared = 0;
    for (const [who, token] of Object.entries(tokens)) {
      for (let i = 0; i < cases.length; i += 16) {
        await Promise.all(
          cases.slice(i, i + 16).map(async (query) => {
            const [answer, reference] = await Promise.all([ask(fast, query, token), ask(apollo, query, token)]);
            const context = `${who}: ${query.slice(0, 200)}`;
            expect({ context, answer }).toEqual({ context, answer: reference });
            compared++;
          }),
        );
        expect(fs.existsSync(proof)).toBe(false);
        expect((globalThis as { __rosterFuzz?: number }).__rosterFuzz).toBeUndefined();
      }
    }
    expect(compared).toBe(cases.length * Object.keys(tokens).length);
    // The fuzzed shapes were compiled (the answers above came from graphql-jit, not only graphql-js):
    // all but @include(if: "a string") (invalid) and, in production, __type (no introspection).
    expect(fast.roster.queryCache.stats().compiled.entries).toBeGreaterThanOrEqual(TEMPLATES.length - (mode === 'production' ? 2 : 1));
  }, 180_000);

  it('compiles documents that differ only in their literals once', async () => {
    const before = fast.roster.queryCache.stats();
    for (let i = 0; i < 30; i++) {
      const r = await ask(fast, `{ agents(first: ${i + 1}, filter: { search: "shape ${i}" }) { totalCount } }`, fast.adminToken);
      expect(r.status).toBe(200);
    }
    const after = fast.roster.queryCache.stats();
    expect(after.texts.entries - before.texts.entries).toBe(30);
    expect(after.shapes.entries - before.shapes.entries).toBeLessThanOrEqual(1);
    expect(after.compiled.entries - before.compiled.entries).toBeLessThanOrEqual(1);
  });
});
