import { graphql } from './gql';
import { CREATE_TOKEN } from './helpers/access-fixtures';
import { CREATE_SSO_PROVIDER } from './helpers/oidc-fixtures';
import { codeOf, startTestApp, TestApp } from './helpers/test-app';

// Administering SSO providers: administrators in a session only, secrets sealed and never
// answered, every field checked, the sign-in page's public list, and the "SSO required" guard rails.

const PROVIDERS = graphql(`
  query SsoProvidersList {
    ssoProviders {
      id
      displayName
      enabled
      trustProviderMfa
      groupTeamMappings {
        group
        teamId
      }
      oidc {
        issuer
        clientSecretSet
        scopes
      }
    }
  }
`);
const PUBLIC = graphql(`
  query SsoProvidersPublic {
    ssoSignInProviders {
      id
      displayName
    }
  }
`);
const UPDATE = graphql(`
  mutation SsoProvidersUpdate($id: ID!, $i: SsoProviderInput!) {
    updateSsoProvider(id: $id, input: $i) {
      id
      enabled
      oidc {
        clientId
        clientSecretSet
      }
    }
  }
`);
const DELETE = graphql(`
  mutation SsoProvidersDelete($id: ID!) {
    deleteSsoProvider(id: $id)
  }
`);
const SETTINGS = graphql(`
  mutation SsoProvidersSettings($i: SsoSettingsInput!) {
    updateSsoSettings(input: $i) {
      ssoRequired
    }
  }
`);
const RAW_CONFIG = 'SELECT config FROM sso_provider WHERE id = ?';

describe('SSO providers (administration)', () => {
  let t: TestApp;
  const asAdmin = () => ({ token: t.adminToken });
  const oidc = { issuer: 'https://idp.example.com/tenant', clientId: 'roster', clientSecret: 'top-secret-value' };
  const input = (extra: Record<string, unknown> = {}) => ({ protocol: 'OIDC' as const, displayName: 'Example IdP', oidc, ...extra });

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('creates, lists, updates and deletes; the secret is sealed, kept when left out and never answered', async () => {
    const created = (await t.ok(CREATE_SSO_PROVIDER, { i: input() }, asAdmin())).createSsoProvider;
    expect(created).toMatchObject({
      displayName: 'Example IdP',
      oidc: { clientSecretSet: true },
      callbackUrl: `${t.config.publicUrl}/sso/oidc/callback`,
    });
    const [{ config }] = await t.roster.ds.query(RAW_CONFIG, [Number(created.id)]);
    expect(config).not.toContain('top-secret-value');
    const updated = await t.ok(
      UPDATE,
      { id: created.id, i: input({ oidc: { ...oidc, clientId: 'roster-2', clientSecret: null }, enabled: false }) },
      asAdmin(),
    );
    expect(updated.updateSsoProvider).toMatchObject({ enabled: false, oidc: { clientId: 'roster-2', clientSecretSet: true } });
    expect(JSON.stringify(await t.ok(PROVIDERS, {}, asAdmin()))).not.toContain('top-secret-value');
    expect((await t.ok(PUBLIC)).ssoSignInProviders).toEqual([]);
    await t.ok(UPDATE, { id: created.id, i: input({ enabled: true }) }, asAdmin());
    expect((await t.ok(PUBLIC)).ssoSignInProviders).toEqual([{ id: created.id, displayName: 'Example IdP' }]);
    expect((await t.ok(DELETE, { id: created.id }, asAdmin())).deleteSsoProvider).toBe(true);
    expect((await t.ok(PROVIDERS, {}, asAdmin())).ssoProviders).toEqual([]);
  });

  it('reports every bad field at once', async () => {
    const r = await t.gql(
      CREATE_SSO_PROVIDER,
      {
        i: input({
          displayName: ' ',
          emailClaim: 'e mail',
          groupTeamMappings: [{ group: 'x', teamId: '999' }],
          oidc: { issuer: 'http://idp.example.com', clientId: '' },
        }),
      },
      asAdmin(),
    );
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(Object.keys(r.errors![0].extensions!.fields!).sort()).toEqual(
      ['input.displayName', 'input.emailClaim', 'input.groupTeamMappings', 'input.oidc.clientId', 'input.oidc.issuer'].sort(),
    );
  });

  it('is for administrators in a session: agents and API tokens are refused', async () => {
    const agent = await t.createAgent({ email: 'plain@example.com', name: 'Plain' });
    expect(codeOf(await t.gql(PROVIDERS, {}, { token: agent.token }))).toBe('FORBIDDEN');
    const token = (await t.ok(CREATE_TOKEN, { n: 'sso', s: ['agents:write', 'agents:read'] }, asAdmin())).createApiToken.token;
    expect(codeOf(await t.gql(PROVIDERS, {}, { token }))).toBe('FORBIDDEN');
    expect(codeOf(await t.gql(CREATE_SSO_PROVIDER, { i: input() }, { token }))).toBe('FORBIDDEN');
  });

  it('needs an enabled provider for "SSO required" and keeps the last one while it is on', async () => {
    const r = await t.gql(SETTINGS, { i: { ssoRequired: true } }, asAdmin());
    expect(r.errors![0].extensions!.fields).toEqual({ 'input.ssoRequired': 'needs an enabled single sign-on provider first' });
    const id = (await t.ok(CREATE_SSO_PROVIDER, { i: input() }, asAdmin())).createSsoProvider.id;
    await t.ok(SETTINGS, { i: { ssoRequired: true } }, asAdmin());
    try {
      expect(Object.keys((await t.gql(DELETE, { id }, asAdmin())).errors![0].extensions!.fields!)).toEqual(['id']);
      expect(Object.keys((await t.gql(UPDATE, { id, i: input({ enabled: false }) }, asAdmin())).errors![0].extensions!.fields!)).toEqual([
        'input.enabled',
      ]);
    } finally {
      await t.ok(SETTINGS, { i: { ssoRequired: false } }, asAdmin());
    }
  });
});
