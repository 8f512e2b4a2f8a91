import { graphql } from './gql';
import { eventsOf } from './helpers/audit-fixtures';
import { baseUrl } from './helpers/import-helpers';
import { authnRequestOf, TestIdp } from '@roster/testkit';
import { startTestApp, TestApp } from './helpers/test-app';

// SAML sign-in over HTTP through the real app (issue 21): an admin configures the provider from
// IdP metadata, /start sends the browser to the IdP, the IdP's signed answer posted to /acs signs
// the agent in (just-in-time agent, session cookie, back into the SPA); failures land on the
// sign-in page with the reason and are in the audit log.

const READ_METADATA = graphql(`
  mutation SamlReadMetadata($xml: String, $url: String) {
    readSamlMetadata(xml: $xml, url: $url) {
      idpEntityId
      ssoUrl
      idpCertificates
      nameIdFormat
    }
  }
`);
const CREATE_PROVIDER = graphql(`
  mutation SamlCreateProvider($input: SsoProviderInput!) {
    createSsoProvider(input: $input) {
      id
      saml {
        idpEntityId
        spEntityId
        acsUrl
        spMetadataUrl
      }
    }
  }
`);
const VIEWER = graphql(`
  query SamlViewer {
    viewer {
      email
      name
    }
  }
`);

const SSO_URL = 'https://idp.example/sso';

describe('SAML sign-in over HTTP', () => {
  let t: TestApp;
  let idp: TestIdp;
  let providerId: string;
  let sp: { spEntityId: string; acsUrl: string; spMetadataUrl: string };

  beforeAll(async () => {
    t = await startTestApp();
    idp = await TestIdp.start();
    const meta = (await t.ok(READ_METADATA, { xml: idp.metadata(SSO_URL) }, { token: t.adminToken })).readSamlMetadata;
    const created = (
      await t.ok(
        CREATE_PROVIDER,
        {
          input: {
            protocol: 'SAML',
            displayName: 'Test IdP',
            emailClaim: 'email',
            nameClaim: 'displayName',
            saml: {
              idpEntityId: meta.idpEntityId,
              ssoUrl: meta.ssoUrl,
              idpCertificates: meta.idpCertificates,
              nameIdFormat: meta.nameIdFormat,
            },
          },
        },
        { token: t.adminToken },
      )
    ).createSsoProvider;
    providerId = created.id;
    sp = created.saml!;
  });
  afterAll(() => t.close());
  const base = () => baseUrl(t);

  /** A sign-in started in a browser: the AuthnRequest and the cookie /start gave that browser. */
  async function start(returnTo = '/agents') {
    const res = await fetch(`${base()}/sso/saml/${providerId}/start?returnTo=${encodeURIComponent(returnTo)}`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    const location = res.headers.get('location')!;
    expect(location.startsWith(`${SSO_URL}?SAMLRequest=`)).toBe(true);
    const cookie = /^(roster_saml_relay=[^;]+);/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
    return { ...authnRequestOf(location), cookie, setCookie: res.headers.get('set-cookie') ?? '' };
  }
  /** The browser posts the IdP's form to the ACS, with its cookie (`req`: the browser that started; omitted: one that did not). */
  const post = (fields: Record<string, string>, req?: { cookie: string }) =>
    fetch(`${base()}/sso/saml/${providerId}/acs`, {
      method: 'POST',
      body: new URLSearchParams(fields),
      redirect: 'manual',
      headers: req?.cookie ? { cookie: req.cookie } : {},
    });
  const lastFailure = async () =>
    JSON.parse(String((await eventsOf(t, 'auth.sign_in')).filter((e) => e.outcome === 'FAILURE').at(-1)?.details)) as Record<
      string,
      unknown
    >;
  const sessionCookie = (res: Response) => /roster_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];

  it('names our SP entity id and ACS, and serves SP metadata', async () => {
    expect(sp).toMatchObject({
      spEntityId: `${t.config.publicUrl}/sso/saml/${providerId}/metadata`,
      acsUrl: `${t.config.publicUrl}/sso/saml/${providerId}/acs`,
      spMetadataUrl: `${t.config.publicUrl}/sso/saml/${providerId}/metadata`,
    });
    const res = await fetch(`${base()}/sso/saml/${providerId}/metadata`);
    expect(res.headers.get('content-type')).toContain('application/samlmetadata+xml');
    expect(await res.text()).toContain(`Location="${sp.acsUrl}"`);
    expect((await fetch(`${base()}/sso/saml/999/metadata`)).status).toBe(404);
    // The sign-in page's generic button sends a SAML provider's browser on to the SAML start.
    const generic = await fetch(`${base()}/sso/${providerId}/start?returnTo=%2Fagents`, { redirect: 'manual' });
    expect(generic.headers.get('location')).toBe(`/sso/saml/${providerId}/start?returnTo=%2Fagents`);
  });

  it('signs a new agent in from a signed answer and returns to the SPA; the same answer again is refused and audited', async () => {
    const req = await start('/agents');
    const SAMLResponse = idp.response({
      acsUrl: sp.acsUrl,
      audience: sp.spEntityId,
      inResponseTo: req.id,
      nameId: 'grace@example.com',
      attributes: { email: 'Grace@Example.com', displayName: 'Grace Hopper' },
    });
    const res = await post({ SAMLResponse, RelayState: req.relayState }, req);
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/agents');
    const token = sessionCookie(res)!;
    expect(token).toBeTruthy();
    expect((await t.ok(VIEWER, {}, { token })).viewer).toEqual({ email: 'grace@example.com', name: 'Grace Hopper' });

    const again = await post({ SAMLResponse, RelayState: req.relayState }, req);
    expect(again.headers.get('location')).toBe('/sign-in?sso_error=REPLAYED');
    expect(sessionCookie(again)).toBeUndefined();
    const failures = (await eventsOf(t, 'auth.sign_in')).filter((e) => e.outcome === 'FAILURE');
    expect(JSON.parse(String(failures.at(-1)?.details))).toMatchObject({
      method: 'SSO',
      protocol: 'SAML',
      provider: Number(providerId),
      reason: 'REPLAYED',
    });
  });

  it('sends refusals to the sign-in page with the reason: tampered, oversize form, unknown provider', async () => {
    const req = await start();
    const tampered = idp
      .responseXml({ acsUrl: sp.acsUrl, audience: sp.spEntityId, inResponseTo: req.id, attributes: { email: 'agent@example.com' } })
      .replace('agent@example.com</saml:AttributeValue>', 'admin@example.com</saml:AttributeValue>');
    const res = await post({ SAMLResponse: Buffer.from(tampered).toString('base64'), RelayState: req.relayState }, req);
    expect(res.headers.get('location')).toBe('/sign-in?sso_error=INVALID_SIGNATURE');

    const big = await post({ SAMLResponse: 'A'.repeat(600 * 1024), RelayState: req.relayState }, req);
    expect(big.status).toBe(303);
    expect(big.headers.get('location')).toBe('/sign-in?sso_error=PROVIDER_ERROR');

    const unknown = await fetch(`${base()}/sso/saml/999/start`, { redirect: 'manual' });
    expect(unknown.headers.get('location')).toBe('/sign-in?sso_error=NOT_CONFIGURED');
    const reasons = (await eventsOf(t, 'auth.sign_in')).map((e) => (JSON.parse(String(e.details ?? '{}')) as { reason?: string }).reason);
    expect(reasons).toEqual(expect.arrayContaining(['INVALID_SIGNATURE', 'PROVIDER_ERROR']));
    // A start that went nowhere is not an attempt: not in the audit log.
    expect(reasons).not.toContain('NOT_CONFIGURED');
  });

  it('refuses an answer posted by a browser that did not start the sign-in (login CSRF) or unsolicited, audited', async () => {
    // The attacker starts a sign-in in their own browser and gets the IdP's answer for their own account...
    const attackers = await start('/agents');
    // ...the cookie that binds it: HttpOnly, only for the SAML paths, and sent on the IdP's cross-site POST where https allows it.
    expect(attackers.setCookie).toMatch(/HttpOnly/i);
    expect(attackers.setCookie).toMatch(/Path=\/sso\/saml/i);
    expect(attackers.setCookie).toMatch(t.config.secureCookies ? /SameSite=None; Secure/i : /SameSite=Lax/i);
    const answer = (inResponseTo: string | null) =>
      idp.response({
        acsUrl: sp.acsUrl,
        audience: sp.spEntityId,
        inResponseTo,
        nameId: 'mallory@example.com',
        attributes: { email: 'mallory@example.com', displayName: 'Mallory' },
      });
    const SAMLResponse = answer(attackers.id);
    // ...and makes the victim's browser post it (an auto-submitting form on another site): the victim has no such cookie.
    const victimNoCookie = await post({ SAMLResponse, RelayState: attackers.relayState });
    expect(victimNoCookie.headers.get('location')).toBe('/sign-in?sso_error=INVALID_STATE');
    expect(sessionCookie(victimNoCookie)).toBeUndefined();
    expect(await lastFailure()).toMatchObject({ method: 'SSO', protocol: 'SAML', reason: 'INVALID_STATE' });
    // A victim who started a sign-in of their own has a cookie, for their own RelayState.
    const victims = await start('/agents');
    const victimOwnCookie = await post({ SAMLResponse, RelayState: attackers.relayState }, victims);
    expect(victimOwnCookie.headers.get('location')).toBe('/sign-in?sso_error=INVALID_STATE');
    expect(sessionCookie(victimOwnCookie)).toBeUndefined();
    // IdP-initiated (unsolicited): no InResponseTo, no RelayState of ours, no cookie.
    const unsolicited = await post({ SAMLResponse: answer(null) });
    expect(unsolicited.headers.get('location')).toBe('/sign-in?sso_error=INVALID_STATE');
    expect(await lastFailure()).toMatchObject({ reason: 'INVALID_STATE', message: expect.stringMatching(/this browser/) });
    // The attacker's own browser, untouched by all this, still completes its own sign-in (the ACS clears the cookie).
    const own = await post({ SAMLResponse, RelayState: attackers.relayState }, attackers);
    expect(own.headers.get('location')).toBe('/agents');
    expect(sessionCookie(own)).toBeTruthy();
    expect(own.headers.get('set-cookie')).toMatch(/roster_saml_relay=;/);
    expect(await t.roster.ds.query(`SELECT email FROM agent WHERE email = 'mallory@example.com'`)).toHaveLength(1);
  });
});
