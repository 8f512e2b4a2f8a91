import fs from 'node:fs';
import path from 'node:path';
import {
  buildSchema,
  DocumentNode,
  getNamedType,
  GraphQLInputType,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  OperationDefinitionNode,
  print,
  typeFromAST,
} from 'graphql';
import * as webDocuments from '../../web/src/gql/graphql';
import * as testDocuments from './gql/graphql';
import { startTestApp, TestApp } from './helpers/test-app';

// Every query document the SPA and these tests send goes through the read fast path and through
// Apollo alone (a second server on the same database with GRAPHQL_FAST_PATH=0), as an admin and
// as a plain agent; the answers must be the same, byte for byte once parsed.

const schema: GraphQLSchema = buildSchema(fs.readFileSync(path.join(__dirname, '..', 'schema.graphql'), 'utf8'));

function queriesOf(mod: Record<string, unknown>): [string, DocumentNode][] {
  return Object.entries(mod).filter(
    (e): e is [string, DocumentNode] =>
      e[0].endsWith('Document') &&
      (e[1] as DocumentNode)?.kind === 'Document' &&
      (e[1] as DocumentNode).definitions.some((d) => d.kind === 'OperationDefinition' && d.operation === 'query'),
  );
}

/** A value for a variable: required ones get something that exists (id 1) or is plain; optional ones are left out. */
function sample(type: GraphQLInputType): unknown {
  if (!isNonNullType(type)) return undefined;
  const inner = type.ofType;
  if (isListType(inner)) return [];
  if (isEnumType(inner)) return inner.getValues()[0].value;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      const v = sample(f.type);
      if (v !== undefined) out[f.name] = v;
    }
    return out;
  }
  switch (getNamedType(inner).name) {
    case 'ID':
      return '1';
    case 'Int':
      return 10;
    case 'Boolean':
      return false;
    case 'DateTime':
      return '2026-01-01T00:00:00.000Z';
    default:
      return 'a';
  }
}

function variablesFor(doc: DocumentNode): Record<string, unknown> {
  const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition')!;
  const vars: Record<string, unknown> = {};
  for (const def of op.variableDefinitions ?? []) {
    const type = typeFromAST(schema, def.type as never) as GraphQLInputType | undefined;
    const v = type && sample(type);
    if (v !== undefined) vars[def.variable.name.value] = v;
  }
  return vars;
}

describe('the read fast path answers every SPA and test query as Apollo does', () => {
  let fast: TestApp;
  let apollo: TestApp;
  let agentToken: string;

  beforeAll(async () => {
    fast = await startTestApp({ GRAPHQL_FAST_PATH: '1' });
    apollo = await startTestApp({ GRAPHQL_FAST_PATH: '0' }, { shareDatabaseWith: fast });
    agentToken = (await fast.createAgent({ email: 'parity.agent@example.com', name: 'Parity Agent' })).token;
    // Something for the queries to find: a team, an organization, a user with a note (ids 1).
    const as = { token: fast.adminToken };
    await fast.ok('mutation { createTeam(name: "Parity team") { id } }', {}, as);
    const user = await fast.ok(
      'mutation { createUser(input: { name: "Parity User", emails: ["parity.user@example.com"] }) { id } }',
      {},
      as,
    );
    await fast.ok('mutation($u: ID!) { addUserNote(userId: $u, text: "A note") { id } }', { u: user.createUser.id }, as);
  });
  afterAll(async () => {
    await apollo?.close();
    await fast?.close();
  });

  const documents = [...queriesOf(webDocuments), ...queriesOf(testDocuments)];

  it('has documents to compare', () => {
    expect(documents.length).toBeGreaterThan(60);
  });

  it.each(['admin', 'agent'])(
    'as %s',
    async (who) => {
      const token = who === 'admin' ? fast.adminToken : agentToken;
      let fastAnswered = 0;
      for (const [name, doc] of documents) {
        const query = print(doc);
        const variables = variablesFor(doc);
        const ask = async (app: TestApp) => {
          const res = await fetch(app.url, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            body: JSON.stringify({ query, variables }),
          });
          // Apollo's answers carry an ETag, the fast path's do not.
          return { status: res.status, body: await res.json(), byApollo: res.headers.has('etag') };
        };
        const reference = await ask(apollo);
        for (let i = 0; i < 2; i++) {
          const answer = await ask(fast);
          if (!answer.byApollo) fastAnswered++;
          expect({ name, status: answer.status, body: answer.body }).toEqual({ name, status: reference.status, body: reference.body });
        }
      }
      // Most of them were really answered by the fast path (the others failed a check or returned an error).
      expect(fastAnswered).toBeGreaterThan(documents.length);
      // About 500 requests: given time on a loaded CI machine.
    },
    180_000,
  );
});
