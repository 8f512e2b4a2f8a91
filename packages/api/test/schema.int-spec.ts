import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  astFromValue,
  buildClientSchema,
  getIntrospectionQuery,
  GraphQLField,
  GraphQLObjectType,
  GraphQLSchema,
  IntrospectionQuery,
  Kind,
  parse,
  ObjectTypeDefinitionNode,
  print,
} from 'graphql';
import { emitSchemaDefinitionFile } from 'type-graphql';
import { buildAppSchema, SCHEMA_FILE } from '../src/graphql/schema';
import { startTestApp, TestApp } from './helpers/test-app';

// The Query and Mutation operations of CONTRACT.md (agents, auth, teams, permission groups,
// departments, change log, invitations, license and the CRM's users, organizations and
// usergroups) and the CRM's object types, copied verbatim. Third parties build against these names.
const CONTRACT = `
type Query {
  viewer: Agent!
  agents(filter: AgentFilter, first: Int = 50, after: String): AgentConnection!
  agent(id: ID!): Agent
  permissionGroups: [PermissionGroup!]!
  permissionCatalog: [Permission!]!
  teams: [Team!]!
  departments: [Department!]!
  invitations(status: InvitationStatus): [Invitation!]!
  license: License!
  agentImport(id: ID!): AgentImport
  changeLog(entityType: ChangeLogEntityType!, entityId: ID!, first: Int = 50, after: String): ChangeLogConnection!
  users(filter: UserFilter, first: Int = 50, after: String): UserConnection!
  user(id: ID!): User
  organizations(search: String, first: Int = 50, after: String): OrganizationConnection!
  usergroups: [Usergroup!]!
}

type Mutation {
  login(email: String!, password: String!): AuthPayload!
  logout: Boolean!
  changePassword(currentPassword: String!, newPassword: String!): Agent!

  createAgent(input: CreateAgentInput!): CreateAgentPayload!
  updateAgent(id: ID!, input: UpdateAgentInput!): Agent!
  deleteAgent(id: ID!): Boolean!
  inviteAgent(input: InviteAgentInput!): Invitation!
  acceptInvitation(token: String!, name: String, password: String!): AuthPayload!
  resendInvitation(id: ID!): Invitation!
  revokeInvitation(id: ID!): Invitation!
  copyAgentSettings(sourceAgentId: ID!, targetAgentIds: [ID!]!, sections: [AgentSettingsSection!]!): [Agent!]!
  bulkInviteAgents(emails: [String!]!): BulkInviteResult!
  importAgentsCsv(csv: String!, dryRun: Boolean!, onError: ImportErrorMode = ABORT, existing: ImportExistingMode = SKIP): AgentImport!

  createTeam(name: String!): Team!
  createPermissionGroup(input: PermissionGroupInput!): PermissionGroup!
  createDepartment(name: String!): Department!

  createUser(input: CreateUserInput!): User!
  updateUser(id: ID!, input: UpdateUserInput!): User!
  addUserEmail(userId: ID!, email: String!): User!
  setPrimaryUserEmail(userId: ID!, email: String!): User!
  addUserNote(userId: ID!, text: String!): User!
  mergeUsers(targetUserId: ID!, sourceUserId: ID!): User!
}

type User {
  id: ID!  name: String!  primaryEmail: String!  emails: [UserEmail!]!
  organization: Organization  usergroups: [Usergroup!]!  summary: String
  phone: String  website: String  im: String  twitter: String  linkedin: String  facebook: String  address: String
  timezone: String  language: String  isAutoResponder: Boolean!
  notes: [Note!]!  createdAt: DateTime!
}
type UserEmail { address: String!  isPrimary: Boolean! }
type Note { id: ID!  text: String!  authorName: String!  createdAt: DateTime! }
type Organization { id: ID!  name: String! }
type UserEdge { cursor: String!  node: User! }
type UserConnection { edges: [UserEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
type OrganizationEdge { cursor: String!  node: Organization! }
type OrganizationConnection { edges: [OrganizationEdge!]!  pageInfo: PageInfo!  totalCount: Int! }
type Usergroup { id: ID!  name: String! }
`;

// Contract operations not built yet. Strict on purpose: once one exists, this test fails until
// it is taken off the list, so the list cannot go stale.
const NOT_YET_IMPLEMENTED: string[] = [];

/** What the contract says, and what the served schema has, in one comparable shape per field. */
function describeContractField(f: NonNullable<ObjectTypeDefinitionNode['fields']>[number]) {
  return {
    type: print(f.type),
    args: Object.fromEntries(
      (f.arguments ?? []).map((a) => [a.name.value, { type: print(a.type), default: a.defaultValue ? print(a.defaultValue) : null }]),
    ),
  };
}

function describeServedField(f: GraphQLField<unknown, unknown>, only: string[]) {
  return {
    type: String(f.type),
    args: Object.fromEntries(
      f.args
        .filter((a) => only.includes(a.name))
        .map((a) => [
          a.name,
          {
            type: String(a.type),
            default: a.defaultValue === undefined ? null : print(astFromValue(a.defaultValue, a.type)!),
          },
        ]),
    ),
  };
}

/** The first lines where two texts differ, for a readable failure. */
function firstDifference(a: string, b: string): string {
  const al = a.split('\n');
  const bl = b.split('\n');
  for (let i = 0; i < Math.max(al.length, bl.length); i++) {
    if (al[i] !== bl[i]) return `line ${i + 1}:\n  committed: ${al[i] ?? '(end of file)'}\n  emitted:   ${bl[i] ?? '(end of file)'}`;
  }
  return '';
}

describe('GraphQL schema', () => {
  it('schema.graphql is what the code emits now (run `pnpm schema` when this fails)', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'roster-schema-'));
    const emittedPath = path.join(dir, 'schema.graphql');
    try {
      // The same schema and the same printer options as src/emit-schema.ts (sortedSchema: true).
      await emitSchemaDefinitionFile(emittedPath, await buildAppSchema(), { sortedSchema: true });
      const emitted = fs.readFileSync(emittedPath, 'utf8');
      const committed = fs.existsSync(SCHEMA_FILE) ? fs.readFileSync(SCHEMA_FILE, 'utf8') : '';
      expect(emitted).toMatch(/^# -{10,}/);
      if (committed !== emitted) {
        throw new Error(
          'packages/api/schema.graphql is stale: it differs from what the resolvers produce. ' +
            'Run `pnpm schema` (in packages/api) and commit the result; the web client types are generated from it.\n' +
            `First difference at ${firstDifference(committed, emitted)}`,
        );
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  describe('served over HTTP', () => {
    let t: TestApp;
    let served: GraphQLSchema;
    const contract = parse(CONTRACT).definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION);
    const contractFields = contract.flatMap((type) =>
      (type.fields ?? []).map((f) => ({ key: `${type.name.value}.${f.name.value}`, type: type.name.value, f })),
    );

    beforeAll(async () => {
      t = await startTestApp();
      // What a third party sees: introspection of the running server.
      served = buildClientSchema(await t.ok<IntrospectionQuery>(getIntrospectionQuery()));
    });
    afterAll(() => t.close());

    it('has every contract operation with the contract argument names, types and defaults', () => {
      const problems: string[] = [];
      const missing: string[] = [];
      for (const { key, type, f } of contractFields) {
        const field = (served.getType(type) as GraphQLObjectType).getFields()[f.name.value];
        if (!field) {
          missing.push(key);
          continue;
        }
        const want = describeContractField(f);
        const have = describeServedField(field, Object.keys(want.args));
        if (have.type !== want.type) problems.push(`${key}: returns ${have.type}, contract says ${want.type}`);
        for (const [name, arg] of Object.entries(want.args)) {
          if (!(name in have.args)) problems.push(`${key}: argument "${name}" is missing`);
          else if (JSON.stringify(have.args[name]) !== JSON.stringify(arg)) {
            problems.push(`${key}(${name}): served ${JSON.stringify(have.args[name])}, contract ${JSON.stringify(arg)}`);
          }
        }
        // Extra arguments are welcome only if old calls keep working.
        for (const extra of field.args.filter((a) => !(a.name in want.args))) {
          if (String(extra.type).endsWith('!') && extra.defaultValue === undefined)
            problems.push(`${key}: extra argument "${extra.name}" is required`);
        }
      }
      expect(problems).toEqual([]);
      expect(missing.sort()).toEqual([...NOT_YET_IMPLEMENTED].sort());
    });

    it('checks against the real contract (sanity check of this test itself)', () => {
      expect(contractFields.map((c) => c.key)).toEqual(
        expect.arrayContaining([
          'Query.agents',
          'Mutation.login',
          'Mutation.createDepartment',
          'Query.changeLog',
          'Query.users',
          'Mutation.mergeUsers',
          'User.primaryEmail',
        ]),
      );
      expect(contractFields).toHaveLength(76);
      const agents = describeServedField((served.getType('Query') as GraphQLObjectType).getFields().agents, ['first']);
      expect(agents.args.first).toEqual({ type: 'Int', default: '50' });
    });
  });
});
