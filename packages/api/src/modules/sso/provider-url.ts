// The one rule for addresses Roster calls or sends browsers to for an identity provider (OIDC
// issuer, SAML SSO and metadata URLs): https anywhere, http only on a loopback address (a local
// provider in development and tests); never a user name or password in the address.

const LOOPBACK = /^(localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/i;

export function isProviderUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.test(url.hostname));
}
