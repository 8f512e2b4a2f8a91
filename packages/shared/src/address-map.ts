// The map link of a CRM user's mailing address (issue 24 item 4): Roster fetches no map itself; the
// record links to a map provider's search in a new tab. An administrator may pick another provider's
// URL pattern (crmSettings.addressMapUrl); the API checks it on write, the SPA again before use.

export const DEFAULT_ADDRESS_MAP_URL = 'https://www.openstreetmap.org/search?query={query}';
export const ADDRESS_MAP_URL_MAX_LENGTH = 500;
export const ADDRESS_MAP_PLACEHOLDER = '{query}';

/** Why a pattern cannot be used (a phrase after the field's label), or null when it can. */
export function addressMapUrlProblem(pattern: string): string | null {
  if (pattern.length > ADDRESS_MAP_URL_MAX_LENGTH) return `must be at most ${ADDRESS_MAP_URL_MAX_LENGTH} characters`;
  const parts = pattern.split(ADDRESS_MAP_PLACEHOLDER).length - 1;
  if (parts !== 1) return 'must contain {query} exactly once (where the address goes)';
  if (/[\s\p{Cc}\p{Cf}]/u.test(pattern)) return 'must not contain spaces or control characters';
  let url: URL;
  try {
    url = new URL(pattern.replace(ADDRESS_MAP_PLACEHOLDER, 'x'));
  } catch {
    return 'is not a URL (for example https://maps.example.com/?q={query})';
  }
  if (url.protocol !== 'https:' || !pattern.toLowerCase().startsWith('https://')) return 'must start with https://';
  // The address goes into the path, query or fragment, never into the host: the link's site is the admin's choice.
  const head = pattern.slice(0, pattern.indexOf(ADDRESS_MAP_PLACEHOLDER));
  if (!url.hostname || !/^https:\/\/[^/?#]+[/?#]/i.test(head)) return 'must name a host before {query}';
  if (url.username || url.password) return 'must not contain a user name or password';
  return null;
}

/**
 * The link for `address`: the pattern (the default when it is not usable) with {query} replaced by
 * the URL-encoded address, and nothing else substituted. Null for an empty address.
 */
export function addressMapHref(pattern: string | null | undefined, address: string | null | undefined): string | null {
  const query = (address ?? '').trim().replace(/\s+/g, ' ');
  if (!query) return null;
  const usable = pattern && !addressMapUrlProblem(pattern) ? pattern : DEFAULT_ADDRESS_MAP_URL;
  return usable.replace(ADDRESS_MAP_PLACEHOLDER, () => encodeURIComponent(query));
}
