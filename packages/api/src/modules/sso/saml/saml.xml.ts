import { parseStringPromise, processors } from 'xml2js';

// SAML and metadata XML as a plain tree keyed by local element names (prefixes stripped, as
// node-saml matches them with local-name()). Parsed by sax through xml2js: no DTD, no external
// entity is ever fetched. Only read here; signatures are node-saml's job.

export interface XmlEl {
  $?: Record<string, string>;
  _?: string;
  [child: string]: unknown;
}

/** The document's root element and its local name; null when the text is not well-formed XML. */
export async function parseXml(xml: string): Promise<{ name: string; root: XmlEl } | null> {
  try {
    const doc = (await parseStringPromise(xml, {
      tagNameProcessors: [processors.stripPrefix],
      explicitCharkey: true,
      explicitArray: true,
    })) as Record<string, XmlEl> | null;
    const name = doc ? Object.keys(doc)[0] : undefined;
    return name ? { name, root: doc![name] } : null;
  } catch {
    return null;
  }
}

/** The child elements called `name` (local name). */
export const children = (el: XmlEl | undefined, name: string): XmlEl[] => {
  const v = el?.[name];
  return Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? { _: x } : (x as XmlEl))) : [];
};
/** The first element down a path of local names. */
export const at = (el: XmlEl | undefined, ...path: string[]): XmlEl | undefined =>
  path.reduce<XmlEl | undefined>((cur, name) => children(cur, name)[0], el);
export const textOf = (el: XmlEl | undefined): string | null => (el?._ ?? '').trim() || null;
export const attrOf = (el: XmlEl | undefined, name: string): string | null => el?.$?.[name]?.trim() || null;
