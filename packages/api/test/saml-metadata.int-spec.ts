import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkSamlConfig, fetchIdpMetadata, idpFromMetadata, parseIdpMetadata } from '../src/modules/sso/saml';
import { DomainError } from '../src/common/errors';
import { TestIdp } from '@roster/testkit';

// IdP metadata into a SamlConfig: pasted XML or fetched from a URL (https, or http on loopback
// only; no redirects; size-limited; timed out), and the config check that names each bad field.

const SSO_URL = 'https://idp.example/sso';

async function fieldsOf(p: Promise<unknown> | (() => unknown)): Promise<Record<string, string>> {
  const e = await (typeof p === 'function' ? Promise.resolve().then(p) : p).then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(DomainError);
  return (e as DomainError).fields ?? {};
}

describe('SAML IdP metadata and config', () => {
  let idp: TestIdp;
  let server: http.Server;
  let base: string;
  beforeAll(async () => {
    idp = await TestIdp.start('https://idp.example/entity');
    server = http.createServer((req, res) => {
      if (req.url === '/metadata') return void res.end(idp.metadata(SSO_URL));
      if (req.url === '/big') return void res.end('<x>' + 'a'.repeat(600 * 1024) + '</x>');
      if (req.url === '/redirect') return void res.writeHead(302, { location: 'http://example.com/metadata' }).end();
      res.writeHead(404).end();
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => {
    server.closeAllConnections();
    return new Promise((r) => server.close(r));
  });

  it('reads entity id, the HTTP-Redirect SSO URL, the signing certificate and the NameID format', async () => {
    const parsed = await parseIdpMetadata(idp.metadata(SSO_URL));
    expect(parsed).toEqual({
      idpEntityId: 'https://idp.example/entity',
      ssoUrl: SSO_URL,
      idpCertificates: [idp.certBody],
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    });
    // What it reads passes the config check (certificates become PEM).
    expect(checkSamlConfig(parsed).idpCertificates[0]).toContain('-----BEGIN CERTIFICATE-----');
  });

  it('refuses metadata that is not XML, has no IdP role, or no signing certificate', async () => {
    expect(await fieldsOf(parseIdpMetadata('<not xml'))).toEqual({ metadataXml: 'is not well-formed XML' });
    expect(await fieldsOf(parseIdpMetadata('<EntityDescriptor entityID="x"/>'))).toHaveProperty('metadataXml');
    const noCert = idp.metadata(SSO_URL).replace(/<md:KeyDescriptor[\s\S]*<\/md:KeyDescriptor>/, '');
    expect((await fieldsOf(parseIdpMetadata(noCert))).metadataXml).toContain('signing certificate');
  });

  it('fetches metadata from a loopback http URL; refuses plain http elsewhere, redirects, big answers and errors', async () => {
    expect((await idpFromMetadata({ url: `${base}/metadata` })).ssoUrl).toBe(SSO_URL);
    expect(await fieldsOf(fetchIdpMetadata('http://idp.example/metadata'))).toEqual({
      metadataUrl: 'must be an https address (http only on localhost)',
    });
    expect((await fieldsOf(fetchIdpMetadata(`${base}/redirect`))).metadataUrl).toContain('HTTP 302');
    expect((await fieldsOf(fetchIdpMetadata(`${base}/big`))).metadataUrl).toContain('more than 512 KB');
    expect((await fieldsOf(fetchIdpMetadata(`${base}/missing`))).metadataUrl).toContain('HTTP 404');
  });

  it('names every bad config field at once', async () => {
    const fields = await fieldsOf(() =>
      checkSamlConfig({
        idpEntityId: '',
        ssoUrl: 'http://idp.example/sso',
        idpCertificates: ['not a certificate'],
        groupsAttribute: 'g'.repeat(300),
      }),
    );
    expect(fields).toEqual({
      'config.idpEntityId': 'is required',
      'config.ssoUrl': 'must be an https address (http only on localhost)',
      'config.idpCertificates.0': 'is not a PEM or base64 X.509 certificate',
      'config.groupsAttribute': 'must be at most 256 characters',
    });
  });
});
