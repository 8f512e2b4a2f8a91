import { randomBytes } from 'node:crypto';
import { inflateRawSync } from 'node:zlib';
import { generate } from 'selfsigned';
import { SignedXml } from 'xml-crypto';

// A SAML identity provider for tests: a real RSA key and self-signed certificate made at test time,
// assertions signed with xml-crypto (RSA-SHA256, exclusive C14N, enveloped signature placed after
// the Issuer as the schema wants), IdP metadata. Each option of `response` bends one thing that the
// service provider must refuse.

/** The SAML config fields Roster's provider form takes (SamlConfigInput), as this IdP fills them. */
export interface IdpSamlConfig {
  idpEntityId: string;
  ssoUrl: string;
  idpCertificates: string[];
  nameIdFormat?: string | null;
  emailAttribute?: string | null;
  nameAttribute?: string | null;
  groupsAttribute?: string | null;
}

export interface IdpKey {
  privateKey: string;
  cert: string;
}

export async function newIdpKey(cn = 'Test IdP'): Promise<IdpKey> {
  const pems = await generate([{ name: 'commonName', value: cn }], { keySize: 2048, algorithm: 'sha256' });
  return { privateKey: pems.private, cert: pems.cert };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const iso = (ms: number) => new Date(ms).toISOString();
const newId = () => `_${randomBytes(16).toString('hex')}`;

export const PASSWORD_CONTEXT = 'urn:oasis:names:tc:SAML:2.0:ac:classes:PasswordProtectedTransport';
export const MFA_CONTEXT = 'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract';

export interface ResponseOptions {
  acsUrl: string;
  audience: string;
  inResponseTo: string | null;
  nameId?: string;
  attributes?: Record<string, string | string[]>;
  authnContext?: string;
  /** Offsets from now in ms. */
  notBefore?: number;
  notOnOrAfter?: number;
  issuer?: string;
  destination?: string | null;
  recipient?: string;
  assertionId?: string;
  /** false: no signature at all. */
  sign?: boolean;
  /** Sign with this key instead of the IdP's. */
  signWith?: IdpKey;
}

export class TestIdp {
  constructor(
    readonly entityId: string,
    readonly key: IdpKey,
  ) {}

  static async start(entityId = 'https://idp.test/metadata'): Promise<TestIdp> {
    return new TestIdp(entityId, await newIdpKey());
  }

  get certBody(): string {
    return this.key.cert.replace(/-----(BEGIN|END) CERTIFICATE-----|\s/g, '');
  }

  config(ssoUrl: string, extra: Partial<IdpSamlConfig> = {}): IdpSamlConfig {
    return {
      idpEntityId: this.entityId,
      ssoUrl,
      idpCertificates: [this.key.cert],
      nameIdFormat: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      groupsAttribute: 'groups',
      ...extra,
    };
  }

  metadata(ssoUrl: string): string {
    return `<?xml version="1.0"?>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" entityID="${esc(this.entityId)}">
  <md:IDPSSODescriptor WantAuthnRequestsSigned="false" protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <md:KeyDescriptor use="signing"><ds:KeyInfo><ds:X509Data><ds:X509Certificate>
${this.certBody.replace(/(.{64})/g, '$1\n')}
    </ds:X509Certificate></ds:X509Data></ds:KeyInfo></md:KeyDescriptor>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress</md:NameIDFormat>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST" Location="${esc(ssoUrl)}/post"/>
    <md:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${esc(ssoUrl)}"/>
  </md:IDPSSODescriptor>
</md:EntityDescriptor>`;
  }

  /** The assertion XML, signed unless `sign: false`. */
  assertion(o: ResponseOptions): string {
    const now = Date.now();
    const nameId = o.nameId ?? 'agent@example.com';
    const attrs = Object.entries(o.attributes ?? { email: nameId })
      .map(
        ([name, v]) =>
          `<saml:Attribute Name="${esc(name)}">${(Array.isArray(v) ? v : [v])
            .map((x) => `<saml:AttributeValue>${esc(x)}</saml:AttributeValue>`)
            .join('')}</saml:Attribute>`,
      )
      .join('');
    const irt = o.inResponseTo ? ` InResponseTo="${esc(o.inResponseTo)}"` : '';
    const xml =
      `<saml:Assertion xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${o.assertionId ?? newId()}" Version="2.0" IssueInstant="${iso(now)}">` +
      `<saml:Issuer>${esc(o.issuer ?? this.entityId)}</saml:Issuer>` +
      `<saml:Subject><saml:NameID Format="urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress">${esc(nameId)}</saml:NameID>` +
      `<saml:SubjectConfirmation Method="urn:oasis:names:tc:SAML:2.0:cm:bearer"><saml:SubjectConfirmationData${irt} Recipient="${esc(o.recipient ?? o.acsUrl)}" NotOnOrAfter="${iso(now + (o.notOnOrAfter ?? 5 * 60_000))}"/></saml:SubjectConfirmation></saml:Subject>` +
      `<saml:Conditions NotBefore="${iso(now + (o.notBefore ?? -60_000))}" NotOnOrAfter="${iso(now + (o.notOnOrAfter ?? 5 * 60_000))}"><saml:AudienceRestriction><saml:Audience>${esc(o.audience)}</saml:Audience></saml:AudienceRestriction></saml:Conditions>` +
      `<saml:AuthnStatement AuthnInstant="${iso(now)}" SessionIndex="${newId()}"><saml:AuthnContext><saml:AuthnContextClassRef>${o.authnContext ?? PASSWORD_CONTEXT}</saml:AuthnContextClassRef></saml:AuthnContext></saml:AuthnStatement>` +
      `<saml:AttributeStatement>${attrs}</saml:AttributeStatement>` +
      `</saml:Assertion>`;
    return o.sign === false ? xml : sign(xml, o.signWith ?? this.key);
  }

  /** A samlp:Response around `assertionXml` (or a fresh assertion), as XML. */
  responseXml(o: ResponseOptions, assertionXml = this.assertion(o)): string {
    const irt = o.inResponseTo ? ` InResponseTo="${esc(o.inResponseTo)}"` : '';
    const dest = o.destination === null ? '' : ` Destination="${esc(o.destination ?? o.acsUrl)}"`;
    return (
      `<samlp:Response xmlns:samlp="urn:oasis:names:tc:SAML:2.0:protocol" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" ID="${newId()}" Version="2.0" IssueInstant="${iso(Date.now())}"${dest}${irt}>` +
      `<saml:Issuer>${esc(o.issuer ?? this.entityId)}</saml:Issuer>` +
      `<samlp:Status><samlp:StatusCode Value="urn:oasis:names:tc:SAML:2.0:status:Success"/></samlp:Status>` +
      assertionXml +
      `</samlp:Response>`
    );
  }

  /** The base64 SAMLResponse form field. */
  response(o: ResponseOptions): string {
    return b64(this.responseXml(o));
  }
}

export const b64 = (xml: string) => Buffer.from(xml, 'utf8').toString('base64');

function sign(assertionXml: string, key: IdpKey): string {
  const sig = new SignedXml({
    privateKey: key.privateKey,
    publicCert: key.cert,
    signatureAlgorithm: 'http://www.w3.org/2001/04/xmldsig-more#rsa-sha256',
    canonicalizationAlgorithm: 'http://www.w3.org/2001/10/xml-exc-c14n#',
  });
  sig.addReference({
    xpath: "/*[local-name(.)='Assertion']",
    transforms: ['http://www.w3.org/2000/09/xmldsig#enveloped-signature', 'http://www.w3.org/2001/10/xml-exc-c14n#'],
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
  });
  sig.computeSignature(assertionXml, {
    prefix: 'ds',
    location: { reference: "/*[local-name(.)='Assertion']/*[local-name(.)='Issuer']", action: 'after' },
  });
  return sig.getSignedXml();
}

/** The ID and RelayState of the AuthnRequest in an HTTP-Redirect sign-in URL. */
export function authnRequestOf(redirectUrl: string): { id: string; relayState: string; xml: string } {
  const url = new URL(redirectUrl);
  const xml = inflateRawSync(Buffer.from(url.searchParams.get('SAMLRequest') ?? '', 'base64')).toString('utf8');
  const id = /\sID="([^"]+)"/.exec(xml)?.[1] ?? '';
  return { id, relayState: url.searchParams.get('RelayState') ?? '', xml };
}
