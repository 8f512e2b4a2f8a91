import { SsoError } from '../sso.identity';
import type { SamlConfig } from './saml.config';
import { at, attrOf, children, parseXml, textOf } from './saml.xml';

// Reading a SAML response: the unsigned envelope before the signature check (is there a signed
// assertion at all, the Destination), then the verified assertion that node-saml hands back after
// it (issuer, id, bearer confirmations, authentication context). Nothing here trusts the envelope
// for what the signature covers.

const BEARER = 'urn:oasis:names:tc:SAML:2.0:cm:bearer';

/** What the response says outside the signature: read only to pick the error and to check the Destination. */
export interface ResponseEnvelope {
  destination: string | null;
  inResponseTo: string | null;
}

/** The decoded response's envelope; refuses what is not one SAML Response with one signed assertion. */
export async function readEnvelope(xml: string): Promise<ResponseEnvelope> {
  const doc = await parseXml(xml);
  if (!doc) throw new SsoError('PROVIDER_ERROR', 'The SAML response is not well-formed XML');
  if (doc.name !== 'Response') throw new SsoError('PROVIDER_ERROR', 'The message is not a SAML Response');
  const response = doc.root;
  const status = attrOf(at(response, 'Status', 'StatusCode'), 'Value');
  if (status && !status.endsWith(':Success')) {
    const detail = textOf(at(response, 'Status', 'StatusMessage')) ?? status.replace(/^.*:/, '');
    throw new SsoError('PROVIDER_ERROR', `The identity provider refused the sign-in: ${detail.slice(0, 200)}`);
  }
  if (children(response, 'EncryptedAssertion').length)
    throw new SsoError('PROVIDER_ERROR', 'Encrypted assertions are not supported: turn assertion encryption off');
  const assertions = children(response, 'Assertion');
  if (assertions.length !== 1) throw new SsoError('PROVIDER_ERROR', 'The SAML response must hold exactly one assertion');
  if (!children(assertions[0], 'Signature').length)
    throw new SsoError('UNSIGNED', 'The SAML assertion is not signed: the identity provider must sign assertions');
  return { destination: attrOf(response, 'Destination'), inResponseTo: attrOf(response, 'InResponseTo') };
}

export interface BearerConfirmation {
  recipient: string | null;
  inResponseTo: string | null;
  notBefore: string | null;
  notOnOrAfter: string | null;
}

/** The verified assertion's fields Roster checks beyond node-saml (issuer, recipient, request, replay, MFA). */
export interface VerifiedAssertion {
  id: string;
  issuer: string | null;
  issueInstant: string | null;
  nameId: string | null;
  confirmations: BearerConfirmation[];
  conditionsNotOnOrAfter: string | null;
  authnContextClassRefs: string[];
}

export async function readAssertion(assertionXml: string): Promise<VerifiedAssertion> {
  const doc = await parseXml(assertionXml);
  if (!doc || doc.name !== 'Assertion') throw new SsoError('PROVIDER_ERROR', 'The signed part is not a SAML assertion');
  const assertion = doc.root;
  const id = attrOf(assertion, 'ID');
  if (!id) throw new SsoError('PROVIDER_ERROR', 'The SAML assertion has no ID');
  const confirmations = children(at(assertion, 'Subject'), 'SubjectConfirmation')
    .filter((c) => attrOf(c, 'Method') === BEARER)
    .flatMap((c) => children(c, 'SubjectConfirmationData'))
    .map((d) => ({
      recipient: attrOf(d, 'Recipient'),
      inResponseTo: attrOf(d, 'InResponseTo'),
      notBefore: attrOf(d, 'NotBefore'),
      notOnOrAfter: attrOf(d, 'NotOnOrAfter'),
    }));
  return {
    id,
    issuer: textOf(at(assertion, 'Issuer')),
    issueInstant: attrOf(assertion, 'IssueInstant'),
    nameId: textOf(at(assertion, 'Subject', 'NameID')),
    confirmations,
    conditionsNotOnOrAfter: attrOf(at(assertion, 'Conditions'), 'NotOnOrAfter'),
    authnContextClassRefs: children(assertion, 'AuthnStatement')
      .map((s) => textOf(at(s, 'AuthnContext', 'AuthnContextClassRef')))
      .filter((c): c is string => !!c),
  };
}

/** Authentication context classes that mean more than one factor (SAML 2.0 classes, Entra ID, REFEDS). */
export const MFA_CONTEXT_CLASSES = new Set([
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorContract',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:MobileTwoFactorUnregistered',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:TimeSyncToken',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:Smartcard',
  'urn:oasis:names:tc:SAML:2.0:ac:classes:SmartcardPKI',
  'http://schemas.microsoft.com/claims/multipleauthn',
  'https://refeds.org/profile/mfa',
]);

const EMAIL_ATTRIBUTES = [
  'email',
  'mail',
  'emailAddress',
  'urn:oid:0.9.2342.19200300.100.1.3',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress',
];
const NAME_ATTRIBUTES = [
  'displayName',
  'name',
  'urn:oid:2.16.840.1.113730.3.1.241',
  'http://schemas.microsoft.com/identity/claims/displayname',
  'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
];
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** node-saml's attribute values: a string, or a list when the attribute has several values. */
function values(attributes: Record<string, unknown>, name: string): string[] {
  const v = attributes[name];
  const list = Array.isArray(v) ? v : v === undefined || v === null ? [] : [v];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => x.trim())
    .filter(Boolean);
}

/** Email, name and groups from the verified assertion's attributes, by the configured names or the common ones. */
export function attributesOf(
  attributes: Record<string, unknown>,
  nameId: string,
  config: Pick<SamlConfig, 'emailAttribute' | 'nameAttribute' | 'groupsAttribute'>,
): { email: string | null; name: string | null; groups: string[] } {
  const firstOf = (names: string[]) => names.map((n) => values(attributes, n)[0]).find(Boolean) ?? null;
  const email = firstOf(config.emailAttribute ? [config.emailAttribute] : EMAIL_ATTRIBUTES) ?? (EMAIL_SHAPE.test(nameId) ? nameId : null);
  return {
    email: email && EMAIL_SHAPE.test(email) ? email.toLowerCase().slice(0, 254) : null,
    name: firstOf(config.nameAttribute ? [config.nameAttribute] : NAME_ATTRIBUTES)?.slice(0, 200) ?? null,
    groups: config.groupsAttribute
      ? values(attributes, config.groupsAttribute)
          .slice(0, 200)
          .map((g) => g.slice(0, 200))
      : [],
  };
}
