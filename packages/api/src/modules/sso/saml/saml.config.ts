import { X509Certificate } from 'node:crypto';
import { FieldCheck } from '../../../common/errors';
import { isProviderUrl } from '../provider-url';

// What an admin configures for a SAML identity provider (the JSON config of an sso_provider row
// with protocol SAML), and the one check that every writer of it runs. The service provider's own
// names (entity id, ACS URL) are not configured: they follow from PUBLIC_URL and the provider id.

/** A SAML identity provider, as Roster's service provider needs it. */
export interface SamlConfig {
  /** The IdP's entityID: the Issuer every accepted assertion must carry. */
  idpEntityId: string;
  /** The IdP's SingleSignOnService location for the HTTP-Redirect binding. */
  ssoUrl: string;
  /** PEM (or bare base64) X.509 certificates whose keys may sign assertions (several during a key rollover). */
  idpCertificates: string[];
  /** Where the IdP publishes its metadata (https, or http on a loopback address), when configured from a URL. */
  metadataUrl?: string | null;
  /** The NameID format to ask for, e.g. urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress; null: the IdP's choice. */
  nameIdFormat?: string | null;
  /** Attribute with the email address; unset: common names (email, mail, the claims URIs), then an email-shaped NameID. */
  emailAttribute?: string | null;
  /** Attribute with the display name; unset: common names (displayName, name, the claims URIs). */
  nameAttribute?: string | null;
  /** Attribute with the person's groups (mapped to teams by the sign-in flow); unset: no groups. */
  groupsAttribute?: string | null;
}

export const SAML_LIMITS = {
  url: 2048,
  entityId: 1024,
  attribute: 256,
  certificates: 5,
  certificate: 16_384,
  /** Pasted or fetched IdP metadata. */
  metadataBytes: 512 * 1024,
  /** A base64 SAMLResponse form field (a response with a few certificates and attributes is ~10-20 KB). */
  responseChars: 256 * 1024,
} as const;

/** Clock difference between the IdP and us that NotBefore / NotOnOrAfter tolerate. */
export const SAML_CLOCK_SKEW_MS = 2 * 60_000;
/** How long an AuthnRequest waits for its answer. */
export const SAML_REQUEST_TTL_MS = 10 * 60_000;
/** The longest an assertion is accepted after its IssueInstant, whatever its NotOnOrAfter says (bounds the replay table too). */
export const SAML_MAX_ASSERTION_AGE_MS = 60 * 60_000;

/** A certificate as PEM, or null when it does not parse as X.509. */
export function certificateToPem(value: string): string | null {
  const body = value.replace(/-----(BEGIN|END) CERTIFICATE-----/g, '').replace(/\s+/g, '');
  if (!body || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return null;
  const pem = `-----BEGIN CERTIFICATE-----\n${body.replace(/(.{64})/g, '$1\n').replace(/\n$/, '')}\n-----END CERTIFICATE-----\n`;
  try {
    new X509Certificate(pem);
    return pem;
  } catch {
    return null;
  }
}

const text = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : null);

/**
 * The config to store (trimmed, certificates as PEM), or undefined when a field is bad: each bad
 * field is reported on `c` under `prefix` (`saml.ssoUrl: must be an https address`), all at once.
 */
export function samlConfigFrom(input: Partial<Record<keyof SamlConfig, unknown>>, c: FieldCheck, prefix = ''): SamlConfig | undefined {
  const before = Object.keys(c.errors).length;
  const check = (ok: boolean, field: string, message: string) => c.check(ok, `${prefix}${field}`, message);
  const idpEntityId = text(input.idpEntityId);
  if (check(!!idpEntityId, 'idpEntityId', 'is required'))
    check(idpEntityId!.length <= SAML_LIMITS.entityId, 'idpEntityId', `must be at most ${SAML_LIMITS.entityId} characters`);
  const url = (field: 'ssoUrl' | 'metadataUrl', required: boolean): string | null => {
    const v = text(input[field]);
    if (!v) {
      check(!required, field, 'is required');
      return null;
    }
    if (check(v.length <= SAML_LIMITS.url, field, `must be at most ${SAML_LIMITS.url} characters`))
      check(isProviderUrl(v), field, 'must be an https address (http only on localhost)');
    return v;
  };
  const ssoUrl = url('ssoUrl', true);
  const metadataUrl = url('metadataUrl', false);
  const certs = Array.isArray(input.idpCertificates) ? (input.idpCertificates as unknown[]) : [];
  const idpCertificates: string[] = [];
  if (
    check(certs.length > 0, 'idpCertificates', 'needs the IdP signing certificate') &&
    check(certs.length <= SAML_LIMITS.certificates, 'idpCertificates', `must be at most ${SAML_LIMITS.certificates} certificates`)
  ) {
    certs.forEach((cert, i) => {
      const pem = typeof cert === 'string' && cert.length <= SAML_LIMITS.certificate ? certificateToPem(cert) : null;
      if (check(!!pem, `idpCertificates.${i}`, 'is not a PEM or base64 X.509 certificate')) idpCertificates.push(pem!);
    });
  }
  const optional = (field: 'nameIdFormat' | 'emailAttribute' | 'nameAttribute' | 'groupsAttribute'): string | null => {
    const v = text(input[field]);
    check(!v || v.length <= SAML_LIMITS.attribute, field, `must be at most ${SAML_LIMITS.attribute} characters`);
    return v;
  };
  const nameIdFormat = optional('nameIdFormat');
  const attributes = {
    emailAttribute: optional('emailAttribute'),
    nameAttribute: optional('nameAttribute'),
    groupsAttribute: optional('groupsAttribute'),
  };
  if (Object.keys(c.errors).length > before) return undefined;
  return { idpEntityId: idpEntityId!, ssoUrl: ssoUrl!, idpCertificates, metadataUrl, nameIdFormat, ...attributes };
}

/** samlConfigFrom for one config on its own: throws BAD_USER_INPUT naming each bad field under `prefix`. */
export function checkSamlConfig(input: Partial<Record<keyof SamlConfig, unknown>>, prefix = 'config'): SamlConfig {
  const c = new FieldCheck(prefix);
  const config = samlConfigFrom(input, c);
  c.throwIfAny();
  return config!;
}
