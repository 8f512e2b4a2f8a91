import { graphql } from './gql';
import { agentHelpers, CREATE, UPDATE } from './helpers/agent-fixtures';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { codeOf, GqlResult, startTestApp, TestApp } from './helpers/test-app';
import { CREATE_USER, LIST_USERS, UPDATE_USER } from './helpers/crm-fixtures';
import { CF_CREATE, CF_UPDATE } from './helpers/custom-field-fixtures';
import { UPDATE_CRM } from './helpers/agent-crm-fixtures';
import { UPDATE_CRM_SETTINGS } from './helpers/visibility-fixtures';
import { newIdpKey } from '@roster/testkit';

const INPUT_FORMAT_CREATE_PERMISSION_GROUP_DOC = graphql(`
  mutation InputFormatCreatePermissionGroup($i: PermissionGroupInput!) {
    createPermissionGroup(input: $i) {
      id
    }
  }
`);

const INPUT_FORMAT_CREATE_SSO_PROVIDER_DOC = graphql(`
  mutation InputFormatCreateSsoProvider($i: SsoProviderInput!) {
    createSsoProvider(input: $i) {
      id
    }
  }
`);

// Every input type of the schema: `null` in each nullable field clears it, resets it to its
// default, or is a field error naming it (`input.<field>`), never an internal error; and every
// field error uses the one format (input paths, short phrases).

type Case = {
  /** Sends the input with `input` as variable $i; returns the answer. */
  send(input: Record<string, unknown>): Promise<GqlResult>;
  /** A valid input to put the null into. */
  valid(): Promise<Record<string, unknown>>;
  /** Path prefix of the argument in field errors. */
  arg: string;
  /** Fields whose null is a field error; for the others null is accepted. */
  nullIsError: string[];
};

describe('input types', () => {
  let t: TestApp;
  const { create, team } = agentHelpers(() => t);
  // The variables put null into each field in turn (also non-null ones), so they are built
  // untyped: any variables, typed results.
  const admin = <R>(q: TypedDocumentNode<R, any>, v: Record<string, unknown>) => t.gql(q, v, { token: t.adminToken });
  let n = 0;
  const unique = () => `${Date.now().toString(36)}${n++}`;

  beforeAll(async () => {
    t = await startTestApp({ LICENSE_SEATS: '1000' });
  });
  afterAll(() => t.close());

  const cases: Record<string, Case> = {
    CreateAgentInput: {
      send: (i) => admin(CREATE, { i }),
      valid: async () => ({ email: `c${unique()}@example.com`, name: 'Null Create', password: 'agent-password-1' }),
      arg: 'input',
      nullIsError: [],
    },
    UpdateAgentInput: {
      send: async (i) =>
        admin(UPDATE, {
          id: (await create({ email: `u${unique()}@example.com`, name: 'Null Update', alias: 'Al', teamIds: [await team(`T${unique()}`)] }))
            .id,
          i,
        }),
      valid: async () => ({}),
      arg: 'input',
      nullIsError: ['email', 'name', 'isAdmin', 'isReportsAdmin', 'status', 'type'],
    },
    InviteAgentInput: {
      send: (i) =>
        admin(
          graphql(`
            mutation InputFormatInviteAgent($i: InviteAgentInput!) {
              inviteAgent(input: $i) {
                id
              }
            }
          `),
          { i },
        ),
      valid: async () => ({ email: `i${unique()}@example.com` }),
      arg: 'input',
      nullIsError: [],
    },
    PermissionGroupInput: {
      send: (i) => admin(INPUT_FORMAT_CREATE_PERMISSION_GROUP_DOC, { i }),
      valid: async () => ({ name: `G${unique()}`, permissions: ['tickets.reply'] }),
      arg: 'input',
      nullIsError: [],
    },
    UpdatePermissionGroupInput: {
      send: async (i) => {
        const g = await admin(INPUT_FORMAT_CREATE_PERMISSION_GROUP_DOC, { i: { name: `UG${unique()}`, permissions: ['tickets.reply'] } });
        return admin(
          graphql(`
            mutation InputFormatUpdatePermissionGroup($id: ID!, $i: UpdatePermissionGroupInput!) {
              updatePermissionGroup(id: $id, input: $i) {
                id
              }
            }
          `),
          { id: g.data!.createPermissionGroup.id, i },
        );
      },
      valid: async () => ({}),
      arg: 'input',
      nullIsError: ['name'],
    },
    BulkUpdateAgentsInput: {
      send: async (i) =>
        admin(
          graphql(`
            mutation InputFormatBulkUpdate($ids: [ID!]!, $i: BulkUpdateAgentsInput!) {
              bulkUpdateAgents(ids: $ids, input: $i) {
                id
              }
            }
          `),
          {
            ids: [(await create({ email: `b${unique()}@example.com`, name: 'Null Bulk' })).id],
            i,
          },
        ),
      valid: async () => ({ status: 'ACTIVE' }),
      arg: 'input',
      nullIsError: ['status'],
    },
    AgentFilter: {
      send: (i) =>
        admin(
          graphql(`
            query InputFormatAgents($i: AgentFilter) {
              agents(filter: $i, first: 1) {
                totalCount
              }
            }
          `),
          { i },
        ),
      valid: async () => ({}),
      arg: 'filter',
      nullIsError: [],
    },
    AgentOrder: {
      send: (i) =>
        admin(
          graphql(`
            query InputFormatAgentOrder($i: AgentOrder) {
              agents(orderBy: $i, first: 1) {
                edges {
                  node {
                    id
                  }
                }
              }
            }
          `),
          { i },
        ),
      valid: async () => ({ field: 'EMAIL', direction: 'DESC' }),
      arg: 'orderBy',
      nullIsError: [],
    },
    CreateUserInput: {
      send: (i) => admin(CREATE_USER, { i }),
      valid: async () => ({ name: 'Null User', emails: [`nu${unique()}@example.com`] }),
      arg: 'input',
      nullIsError: [],
    },
    UpdateUserInput: {
      send: async (i) =>
        admin(UPDATE_USER, {
          id: (await t.ok(CREATE_USER, { i: { name: 'Null Update User', emails: [`uu${unique()}@example.com`] } }, { token: t.adminToken }))
            .createUser.id,
          i,
        }),
      valid: async () => ({}),
      arg: 'input',
      nullIsError: ['name', 'isAutoResponder'],
    },
    UserFilter: {
      send: (i) => admin(LIST_USERS, { f: i, first: 1 }),
      valid: async () => ({}),
      arg: 'filter',
      nullIsError: [],
    },
    CreateUserCustomFieldInput: {
      send: (i) => admin(CF_CREATE, { i }),
      valid: async () => ({ name: `Null Field ${unique()}`, type: 'TEXT' }),
      arg: 'input',
      nullIsError: [],
    },
    UpdateUserCustomFieldInput: {
      send: async (i) =>
        admin(CF_UPDATE, {
          id: (await t.ok(CF_CREATE, { i: { name: `Null Upd ${unique()}`, type: 'TEXT' } }, { token: t.adminToken })).createUserCustomField
            .id,
          i,
        }),
      valid: async () => ({}),
      arg: 'input',
      nullIsError: ['name', 'enabled'],
    },
    UpdateAgentCrmProfileInput: {
      send: async (i) => admin(UPDATE_CRM, { id: (await create({ email: `crm${unique()}@example.com`, name: 'Null Crm' })).id, i }),
      valid: async () => ({}),
      arg: 'input',
      nullIsError: [],
    },
    CrmSettingsInput: {
      send: (i) => admin(UPDATE_CRM_SETTINGS, { i }),
      valid: async () => ({}),
      arg: 'input',
      nullIsError: ['teamScopedUserVisibility'],
    },
    AuditLogFilter: {
      send: (i) =>
        admin(
          graphql(`
            query InputFormatAuditLog($i: AuditLogFilter) {
              auditLog(filter: $i, first: 1) {
                totalCount
              }
            }
          `),
          { i },
        ),
      valid: async () => ({ action: 'auth.', targetType: 'AGENT', from: '2026-01-01T00:00:00Z' }),
      arg: 'filter',
      nullIsError: [],
    },
    SecuritySettingsInput: {
      send: (i) =>
        admin(
          graphql(`
            mutation InputFormatSecuritySettings($i: SecuritySettingsInput!) {
              updateSecuritySettings(input: $i) {
                twoStepSignInRequired
              }
            }
          `),
          { i },
        ),
      valid: async () => ({ twoStepSignInRequired: 'OFF' }),
      arg: 'input',
      nullIsError: ['twoStepSignInRequired'],
    },
    SsoProviderInput: {
      send: (i) => admin(INPUT_FORMAT_CREATE_SSO_PROVIDER_DOC, { i }),
      valid: async () => ({
        protocol: 'OIDC',
        displayName: `IdP ${unique()}`,
        oidc: { issuer: 'https://idp.example.com', clientId: 'roster' },
      }),
      arg: 'input',
      nullIsError: ['oidc'],
    },
    OidcConfigInput: {
      send: (i) => admin(INPUT_FORMAT_CREATE_SSO_PROVIDER_DOC, { i: { protocol: 'OIDC', displayName: `IdP ${unique()}`, oidc: i } }),
      valid: async () => ({ issuer: 'https://idp.example.com', clientId: 'roster', clientSecret: 's3cret' }),
      arg: 'input.oidc',
      nullIsError: [],
    },
    SamlConfigInput: {
      send: (i) => admin(INPUT_FORMAT_CREATE_SSO_PROVIDER_DOC, { i: { protocol: 'SAML', displayName: `IdP ${unique()}`, saml: i } }),
      valid: async () => ({
        idpEntityId: 'https://idp.example.com/saml',
        ssoUrl: 'https://idp.example.com/saml/sso',
        idpCertificates: [(await newIdpKey()).cert],
        metadataUrl: 'https://idp.example.com/saml/metadata',
        nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      }),
      arg: 'input.saml',
      nullIsError: [],
    },
    SsoSettingsInput: {
      send: (i) =>
        admin(
          graphql(`
            mutation InputFormatSsoSettings($i: SsoSettingsInput!) {
              updateSsoSettings(input: $i) {
                ssoRequired
              }
            }
          `),
          { i },
        ),
      valid: async () => ({ ssoRequired: false, breakGlassAdminIds: [] }),
      arg: 'input',
      nullIsError: ['ssoRequired', 'breakGlassAdminIds'],
    },
    // An entry of UpdateAgentInput.phones: a null country means the number carries its own (+44 ...).
    AgentPhoneInput: {
      send: async (p) =>
        admin(UPDATE, { id: (await create({ email: `p${unique()}@example.com`, name: 'Null Phone' })).id, i: { phones: [p] } }),
      valid: async () => ({ label: 'MOBILE', country: 'GB', number: '+44 7911 123456' }),
      arg: 'input.phones.0',
      nullIsError: [],
    },
    // Inside lists of the inputs above; all their fields are required (non-null) in the schema.
    DepartmentAccessInput: {
      send: async () => ({ status: 200 }) as GqlResult,
      valid: async () => ({}),
      arg: 'input.departments',
      nullIsError: [],
    },
    UserCustomFieldValueInput: {
      send: async () => ({ status: 200 }) as GqlResult,
      valid: async () => ({}),
      arg: 'input.customFields',
      nullIsError: [],
    },
    CustomFieldOptionRename: {
      send: async () => ({ status: 200 }) as GqlResult,
      valid: async () => ({}),
      arg: 'input.renamedOptions',
      nullIsError: [],
    },
    SsoGroupTeamMappingInput: {
      send: async () => ({ status: 200 }) as GqlResult,
      valid: async () => ({}),
      arg: 'input.groupTeamMappings',
      nullIsError: [],
    },
    NotificationSettingInput: {
      send: async () => ({ status: 200 }) as GqlResult,
      valid: async () => ({}),
      arg: 'input.ticketNotifications',
      nullIsError: [],
    },
  };

  async function inputTypes(): Promise<{ name: string; nullable: string[] }[]> {
    const d = await t.ok(
      graphql(`
        query InputFormatInputTypes {
          __schema {
            types {
              name
              kind
              inputFields {
                name
                type {
                  kind
                }
              }
            }
          }
        }
      `),
    );
    return d.__schema.types
      .filter((ty) => ty.kind === 'INPUT_OBJECT')
      .map((ty) => ({
        name: ty.name!,
        nullable: ty.inputFields!.filter((f) => f.type.kind !== 'NON_NULL').map((f) => f.name),
      }));
  }

  it('covers every input type of the schema', async () => {
    expect((await inputTypes()).map((ty) => ty.name).sort()).toEqual(Object.keys(cases).sort());
  });

  it('answers null in every nullable field with a success or a field error naming it, never an internal error', async () => {
    for (const { name, nullable } of await inputTypes()) {
      const c = cases[name];
      for (const field of nullable) {
        const r = await c.send({ ...(await c.valid()), [field]: null });
        const expected = c.nullIsError.includes(field)
          ? { code: 'BAD_USER_INPUT', fields: [`${c.arg}.${field}`] }
          : { code: undefined, fields: [] };
        expect({ name, field, code: codeOf(r), fields: Object.keys(r.errors?.[0]?.extensions?.fields ?? {}) }).toEqual({
          name,
          field,
          ...expected,
        });
      }
    }
  }, 120_000);

  it('clears optional agent fields and resets defaulted ones on null', async () => {
    const a = await create({
      email: 'resets@example.com',
      name: 'Resets',
      alias: 'R',
      phone: '+44 20 7946 0123',
      timezone: 'Europe/Paris',
      language: 'fr',
      signature: '<b>x</b>',
      teamIds: [await team('Reset team')],
      permissions: ['tickets.reply'],
    });
    const fields = [
      'alias',
      'phone',
      'timezone',
      'language',
      'signature',
      'teamIds',
      'permissions',
      'permissionGroupIds',
      'ticketNotifications',
      'extraEmails',
    ];
    const r = await admin(UPDATE, { id: a.id, i: Object.fromEntries(fields.map((f) => [f, null])) });
    expect(r.errors).toBeUndefined();
    expect(r.data!.updateAgent).toMatchObject({
      alias: null,
      phone: null,
      timezone: 'UTC',
      language: 'en',
      signature: null,
      teams: [],
      permissions: [],
      permissionGroups: [],
    });
    expect(r.data!.updateAgent.ticketNotifications.every((s: { email: boolean; browser: boolean }) => typeof s.email === 'boolean')).toBe(
      true,
    );
  });

  it('reports validation rules as short phrases under input paths, all fields at once', async () => {
    const r = await admin(CREATE, {
      i: { email: 'long@example.com', name: 'Long', alias: 'a'.repeat(201), businessUnit: 'b'.repeat(201) },
    });
    expect(r.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      fields: {
        'input.alias': 'must be shorter than or equal to 200 characters',
        'input.businessUnit': 'must be shorter than or equal to 200 characters',
      },
    });
    const bad = await admin(UPDATE, { id: 'abc', i: {} });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', fields: { id: 'is not a valid id' } });
    const ids = await admin(
      graphql(`
        mutation InputFormatCopyAgentSettings {
          copyAgentSettings(sourceAgentId: "x", targetAgentIds: ["1", "y"], sections: []) {
            id
          }
        }
      `),
      {},
    );
    expect(ids.errors![0].extensions!.fields).toEqual({
      sourceAgentId: 'is not a valid id',
      targetAgentIds: 'is not a valid id',
      sections: 'choose at least one section',
    });
  });

  it('checks the signature length on what is stored (sanitising can grow it)', async () => {
    const a = await create({ email: 'amp@example.com', name: 'Amp' });
    const r = await admin(UPDATE, { id: a.id, i: { signature: '&'.repeat(20000) } });
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields!['input.signature']).toMatch(/too long/);
    const fine = await admin(UPDATE, { id: a.id, i: { signature: '&'.repeat(5000) } });
    expect(fine.data!.updateAgent.signature).toBe('&amp;'.repeat(5000));
  });
});
