/**
 * The one web-address rule, for every writer of a website or profile URL (a user's contact update
 * and creation, the user CSV import, an agent's CRM contact): what people type ("acme.example",
 * "www.acme.example/about") gets https:// in front; http and https addresses stay as typed. The
 * host must look like one (dotted labels with a letter TLD, or an IP address); other schemes
 * (javascript:, data:, ftp:), spaces and user names or passwords in the address are refused.
 */
export const NOT_A_WEBSITE = 'must be a web address such as acme.example';

const HTTP_RE = /^https?:\/\//i;
/** "javascript:", "mailto:", "ftp://": a scheme other than http(s). Not "acme.example:8080". */
const OTHER_SCHEME_RE = /^[a-z][a-z0-9+.-]*:(?!\d+(?:[/?#]|$))/i;
const LABEL = '(?!-)[a-z0-9-]{1,63}(?<!-)';
const HOST_RE = new RegExp(`^(?:${LABEL}\\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$`);
const IPV4_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** The address to store, or null when `value` (already trimmed, not empty) is not a web address. */
export function normalizeWebsite(value: string): string | null {
  if (/\s/.test(value)) return null;
  const hasScheme = HTTP_RE.test(value);
  if (!hasScheme && (OTHER_SCHEME_RE.test(value) || value.startsWith('/'))) return null;
  const href = hasScheme ? value : `https://${value}`;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password) return null;
  const host = url.hostname;
  const isHost = HOST_RE.test(host) || IPV4_RE.test(host) || (host.startsWith('[') && host.endsWith(']'));
  return isHost ? href : null;
}
