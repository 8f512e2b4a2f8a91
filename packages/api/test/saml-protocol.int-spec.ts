import type { DataSource } from 'typeorm';
import {
  finishSamlSignIn,
  SamlAssertion,
  SamlDeps,
  SamlProvider,
  SamlRequest,
  samlServiceProviderMetadata,
  serviceProvider,
  startSamlSignIn,
} from '../src/modules/sso/saml';
import { SsoError } from '../src/modules/sso/sso.identity';
import { authnRequestOf, b64, MFA_CONTEXT, newIdpKey, ResponseOptions, TestIdp } from '@roster/testkit';
import { freshDataSource } from './helpers/test-db';

// The SAML service provider against a test IdP that signs real assertions (issue 21): a valid
// answer becomes an SsoIdentity; everything an attacker or a misconfigured IdP can bend is refused
// with the contract's reason. The request and replay tables run on the test database (SQLite, or
// MariaDB with TEST_DATABASE_URL).

const PUBLIC_URL = 'http://localhost:4000';
const SSO_URL = 'http://127.0.0.1:9/idp/sso';

describe('SAML service provider', () => {
  let ds: DataSource;
  let idp: TestIdp;
  let provider: SamlProvider;
  let deps: SamlDeps;
  const sp = serviceProvider(PUBLIC_URL, 'p1');

  beforeAll(async () => {
    ds = await freshDataSource();
    idp = await TestIdp.start();
    provider = { id: 'p1', config: idp.config(SSO_URL) };
    deps = { em: ds.manager, config: { publicUrl: PUBLIC_URL }, clock: () => new Date() };
  });
  afterAll(() => ds.destroy());

  /** A started sign-in: the AuthnRequest's ID and RelayState, and the options of a valid answer to it. */
  async function started(returnTo: unknown = '/agents') {
    const { url } = await startSamlSignIn(deps, provider, returnTo);
    const req = authnRequestOf(url);
    const answer: ResponseOptions = { acsUrl: sp.acsUrl, audience: sp.entityId, inResponseTo: req.id };
    return { url, req, answer };
  }
  /** Posted by the browser that started the sign-in (its cookie holds the RelayState). */
  const finish = (SAMLResponse: string, RelayState: string, p = provider) =>
    finishSamlSignIn(deps, p, { SAMLResponse, RelayState }, RelayState);
  const expireAll = (entity: typeof SamlRequest | typeof SamlAssertion) =>
    ds
      .createQueryBuilder()
      .update(entity)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .execute();
  async function refusal(p: Promise<unknown>): Promise<string> {
    const e = await p.then(
      () => null,
      (err: unknown) => err,
    );
    expect(e).toBeInstanceOf(SsoError);
    return (e as SsoError).reason;
  }

  it('sends an AuthnRequest over HTTP-Redirect and turns the signed answer into an identity', async () => {
    const { url, req, answer } = await started('/agents?team=2');
    expect(url.startsWith(`${SSO_URL}?SAMLRequest=`)).toBe(true);
    expect(req.xml).toContain(`<saml:Issuer xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion">${sp.entityId}</saml:Issuer>`);
    expect(req.xml).toContain(`AssertionConsumerServiceURL="${sp.acsUrl}"`);
    expect(req.relayState).toMatch(/^[\w-]{32}$/);
    // Stored hashed: neither the ID nor the RelayState is in the table.
    const rows = await ds.getRepository(SamlRequest).find();
    expect(JSON.stringify(rows)).not.toContain(req.id);
    expect(JSON.stringify(rows)).not.toContain(req.relayState);

    const res = idp.response({
      ...answer,
      nameId: 'Ada@Example.com',
      attributes: { email: 'Ada@Example.com', displayName: 'Ada Lovelace', groups: ['support-tier-1', 'admins'] },
    });
    const done = await finish(res, req.relayState);
    expect(done).toEqual({
      identity: {
        protocol: 'SAML',
        subject: 'Ada@Example.com',
        email: 'ada@example.com',
        emailVerified: true,
        name: 'Ada Lovelace',
        groups: ['support-tier-1', 'admins'],
        mfa: false,
      },
      returnTo: '/agents?team=2',
    });
    // The request is used up: the same answer again is refused (as a replay: its assertion is remembered).
    expect(await refusal(finish(res, req.relayState))).toBe('REPLAYED');
  });

  it('reads MFA from AuthnContextClassRef and returns only to paths inside the SPA', async () => {
    const { req, answer } = await started('//evil.example/x');
    const done = await finish(idp.response({ ...answer, authnContext: MFA_CONTEXT }), req.relayState);
    expect(done.identity.mfa).toBe(true);
    expect(done.returnTo).toBe('/');
  });

  it('refuses an assertion changed after signing (email)', async () => {
    const { req, answer } = await started();
    const xml = idp
      .responseXml({ ...answer, attributes: { email: 'agent@example.com' } })
      .replace('agent@example.com</saml:AttributeValue>', 'admin@example.com</saml:AttributeValue>');
    expect(xml).toContain('admin@example.com');
    expect(await refusal(finish(b64(xml), req.relayState))).toBe('INVALID_SIGNATURE');
  });

  it('refuses an unsigned assertion, and one signed by another key', async () => {
    const a = await started();
    expect(await refusal(finish(idp.response({ ...a.answer, sign: false }), a.req.relayState))).toBe('UNSIGNED');
    const b = await started();
    const other = await newIdpKey('Other IdP');
    expect(await refusal(finish(idp.response({ ...b.answer, signWith: other }), b.req.relayState))).toBe('INVALID_SIGNATURE');
  });

  it('refuses an expired assertion and one not yet valid, beyond the clock skew', async () => {
    const a = await started();
    expect(await refusal(finish(idp.response({ ...a.answer, notOnOrAfter: -3 * 60_000 }), a.req.relayState))).toBe('EXPIRED');
    const b = await started();
    expect(await refusal(finish(idp.response({ ...b.answer, notBefore: 10 * 60_000 }), b.req.relayState))).toBe('EXPIRED');
    // Within the 2-minute skew: accepted.
    const c = await started();
    await expect(finish(idp.response({ ...c.answer, notBefore: 60_000 }), c.req.relayState)).resolves.toBeTruthy();
  });

  it('refuses a replayed assertion even when it answers a new request', async () => {
    const a = await started();
    const assertionId = '_replayed-assertion-1';
    await finish(idp.response({ ...a.answer, assertionId }), a.req.relayState);
    const b = await started();
    expect(await refusal(finish(idp.response({ ...b.answer, assertionId }), b.req.relayState))).toBe('REPLAYED');
    // The new request was not used up by the replay.
    await expect(finish(idp.response(b.answer), b.req.relayState)).resolves.toBeTruthy();
  });

  it('refuses a wrong audience, a wrong recipient or destination, and a wrong issuer', async () => {
    const a = await started();
    expect(await refusal(finish(idp.response({ ...a.answer, audience: 'https://other-sp.example' }), a.req.relayState))).toBe(
      'WRONG_AUDIENCE',
    );
    const b = await started();
    expect(await refusal(finish(idp.response({ ...b.answer, recipient: 'https://other-sp.example/acs' }), b.req.relayState))).toBe(
      'WRONG_RECIPIENT',
    );
    const c = await started();
    expect(await refusal(finish(idp.response({ ...c.answer, destination: 'https://other-sp.example/acs' }), c.req.relayState))).toBe(
      'WRONG_RECIPIENT',
    );
    const d = await started();
    expect(await refusal(finish(idp.response({ ...d.answer, issuer: 'https://evil-idp.example' }), d.req.relayState))).toBe('WRONG_ISSUER');
    // Another provider's ACS (same key): the recipient is not that provider's.
    const e = await started();
    expect(await refusal(finish(idp.response(e.answer), e.req.relayState, { ...provider, id: 'p2' }))).toBe('WRONG_RECIPIENT');
  });

  it('refuses an answer to no request of ours, to another RelayState, to an expired request, or unsolicited', async () => {
    const a = await started();
    expect(await refusal(finish(idp.response({ ...a.answer, inResponseTo: '_never-sent' }), a.req.relayState))).toBe('INVALID_STATE');
    const b = await started();
    expect(await refusal(finish(idp.response(b.answer), 'another-relay-state'))).toBe('INVALID_STATE');
    // The wrong RelayState used the request up: the right one now fails too.
    expect(await refusal(finish(idp.response(b.answer), b.req.relayState))).toBe('INVALID_STATE');
    const c = await started();
    await expireAll(SamlRequest);
    expect(await refusal(finish(idp.response(c.answer), c.req.relayState))).toBe('INVALID_STATE');
    // IdP-initiated (no InResponseTo anywhere) is not accepted.
    expect(await refusal(finish(idp.response({ ...c.answer, inResponseTo: null }), c.req.relayState))).toBe('INVALID_STATE');
  });

  it('refuses an XML signature wrapping attempt (the signed assertion moved, a forged one in its place)', async () => {
    const { req, answer } = await started();
    const signed = idp.assertion({ ...answer, nameId: 'mallory@example.com', attributes: { email: 'mallory@example.com' } });
    const signature = /<ds:Signature[\s\S]*<\/ds:Signature>/.exec(signed)![0];
    const forged = idp
      .assertion({ ...answer, sign: false, nameId: 'admin@example.com', attributes: { email: 'admin@example.com' } })
      .replace('</saml:Issuer>', `</saml:Issuer>${signature}`);
    // XSW: the original signed assertion hidden in an Extensions element, the forged one carrying its signature.
    const xml = idp.responseXml(answer, forged).replace('<samlp:Status>', `<samlp:Extensions>${signed}</samlp:Extensions><samlp:Status>`);
    expect(await refusal(finish(b64(xml), req.relayState))).toBe('INVALID_SIGNATURE');
    // And the forged assertion beside the signed one.
    const two = idp.responseXml(answer, forged + signed);
    expect(await refusal(finish(b64(two), req.relayState))).toBe('PROVIDER_ERROR');
  });

  it('refuses an oversize SAMLResponse before reading it, and a missing one', async () => {
    const { req } = await started();
    const huge = 'A'.repeat(256 * 1024 + 4);
    const e = await finish(huge, req.relayState).catch((x: SsoError) => x);
    expect(e).toMatchObject({ reason: 'PROVIDER_ERROR', message: expect.stringContaining('256 KB') });
    expect(await refusal(finishSamlSignIn(deps, provider, { RelayState: req.relayState }, req.relayState))).toBe('PROVIDER_ERROR');
  });

  it('prunes expired requests and remembered assertions', async () => {
    await started();
    await expireAll(SamlRequest);
    await expireAll(SamlAssertion);
    await started();
    expect(await ds.getRepository(SamlRequest).count()).toBe(1);
    expect(await ds.getRepository(SamlAssertion).count()).toBe(0);
  });

  it('publishes SP metadata with our entity id and ACS (HTTP-POST), signed assertions wanted', () => {
    const xml = samlServiceProviderMetadata(PUBLIC_URL, provider);
    expect(xml).toContain(`entityID="${sp.entityId}"`);
    expect(xml).toContain('WantAssertionsSigned="true"');
    expect(xml).toMatch(new RegExp(`Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${sp.acsUrl}"`));
  });
});
