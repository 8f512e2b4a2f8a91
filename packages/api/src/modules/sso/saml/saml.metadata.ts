import { badInput, DomainError } from '../../../common/errors';
import { isProviderUrl } from '../provider-url';
import { SAML_LIMITS, SamlConfig } from './saml.config';
import { attrOf, children, parseXml, textOf, XmlEl } from './saml.xml';

// IdP metadata (SAML 2.0 metadata, an EntityDescriptor with an IDPSSODescriptor) into the fields
// of a SamlConfig, pasted by an admin or fetched from the IdP's metadata URL.

const REDIRECT_BINDING = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect';
const FETCH_TIMEOUT_MS = 5_000;

export type IdpMetadata = Pick<SamlConfig, 'idpEntityId' | 'ssoUrl' | 'idpCertificates'> & { nameIdFormat: string | null };

/** The IdP fields of metadata XML: entity id, HTTP-Redirect SSO URL, signing certificates, NameID format. */
export async function parseIdpMetadata(xml: string, field = 'metadataXml'): Promise<IdpMetadata> {
  if (Buffer.byteLength(xml) > SAML_LIMITS.metadataBytes)
    throw badInput({ [field]: `must be at most ${SAML_LIMITS.metadataBytes / 1024} KB` });
  const doc = await parseXml(xml);
  if (!doc) throw badInput({ [field]: 'is not well-formed XML' });
  // An EntitiesDescriptor may hold many entities: take the first with an IdP role.
  const entities =
    doc.name === 'EntitiesDescriptor' ? children(doc.root, 'EntityDescriptor') : doc.name === 'EntityDescriptor' ? [doc.root] : [];
  const entity = entities.find((e) => children(e, 'IDPSSODescriptor').length);
  const idp = children(entity, 'IDPSSODescriptor')[0];
  if (!entity || !idp) throw badInput({ [field]: 'has no EntityDescriptor with an IDPSSODescriptor' });
  const idpEntityId = attrOf(entity, 'entityID') ?? '';
  const ssoUrl = attrOf(
    children(idp, 'SingleSignOnService').find((s) => attrOf(s, 'Binding') === REDIRECT_BINDING),
    'Location',
  );
  if (!ssoUrl) throw badInput({ [field]: 'has no SingleSignOnService with the HTTP-Redirect binding' });
  const certificate = (k: XmlEl) => textOf(children(children(children(k, 'KeyInfo')[0], 'X509Data')[0], 'X509Certificate')[0]);
  const idpCertificates = children(idp, 'KeyDescriptor')
    .filter((k) => (attrOf(k, 'use') ?? 'signing') === 'signing')
    .map((k) => (certificate(k) ?? '').replace(/\s+/g, ''))
    .filter((c, i, all) => c && all.indexOf(c) === i);
  if (!idpCertificates.length) throw badInput({ [field]: 'has no signing certificate (KeyDescriptor with an X509Certificate)' });
  const formats = children(idp, 'NameIDFormat').map((n) => textOf(n) ?? '');
  return { idpEntityId, ssoUrl, idpCertificates, nameIdFormat: formats.find((f) => f.endsWith(':emailAddress')) ?? null };
}

/**
 * The IdP's metadata from its URL: https (http only on loopback), no redirects followed (a redirect
 * could leave https), answered within 5 s, read up to the size limit.
 */
export async function fetchIdpMetadata(url: string, field = 'metadataUrl'): Promise<string> {
  if (url.length > SAML_LIMITS.url || !isProviderUrl(url)) throw badInput({ [field]: 'must be an https address (http only on localhost)' });
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'manual',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      headers: { accept: 'application/samlmetadata+xml, application/xml, text/xml' },
    });
  } catch (e) {
    const timedOut = (e as Error).name === 'TimeoutError';
    throw badInput({ [field]: timedOut ? 'did not answer within 5 seconds' : 'could not be reached' });
  }
  if (res.status !== 200) {
    await res.body?.cancel();
    throw badInput({ [field]: `answered HTTP ${res.status}, not the metadata` });
  }
  const declared = Number(res.headers.get('content-length') ?? 0);
  const tooBig = () => badInput({ [field]: `answered more than ${SAML_LIMITS.metadataBytes / 1024} KB` });
  if (declared > SAML_LIMITS.metadataBytes) {
    await res.body?.cancel();
    throw tooBig();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  const reader = res.body!.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > SAML_LIMITS.metadataBytes) {
        await reader.cancel();
        throw tooBig();
      }
      chunks.push(Buffer.from(value));
    }
  } catch (e) {
    if (e instanceof DomainError) throw e;
    throw badInput({ [field]: 'did not answer within 5 seconds' });
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The IdP part of a SamlConfig from metadata: pasted XML, or else the metadata URL's answer. */
export async function idpFromMetadata(source: { xml?: string | null; url?: string | null }): Promise<IdpMetadata> {
  if (source.xml?.trim()) return parseIdpMetadata(source.xml, 'xml');
  if (source.url?.trim()) return parseIdpMetadata(await fetchIdpMetadata(source.url.trim(), 'url'), 'url');
  throw badInput({ xml: 'paste the metadata XML or give its URL' });
}
