import { type OidcTestAccount, type OidcTestProvider, startOidcProvider } from '@roster/testkit';
import { graphql } from '../gql';
import type { SsoProviderInput } from '../gql/graphql';
import type { TestApp } from './test-app';

// A real oidc-provider for the SSO tests and a "browser" made of fetch and a cookie jar per host,
// which follows the redirects from Roster to the provider's login form and back.

export const CLIENT_ID = 'roster-test';
export const CLIENT_SECRET = 'roster-test-client-secret';

export const CREATE_SSO_PROVIDER = graphql(`
  mutation OidcFixturesCreateSsoProvider($i: SsoProviderInput!) {
    createSsoProvider(input: $i) {
      id
      displayName
      callbackUrl
      oidc {
        issuer
        clientId
        clientSecretSet
      }
    }
  }
`);

export async function startTestOidc(t: TestApp, accounts: Record<string, OidcTestAccount>): Promise<OidcTestProvider> {
  return startOidcProvider({
    clients: [{ client_id: CLIENT_ID, client_secret: CLIENT_SECRET, redirect_uris: [`${t.config.publicUrl}/sso/oidc/callback`] }],
    accounts,
  });
}

/** An enabled OIDC provider in Roster pointing at `issuer`; returns its id. */
export async function createOidcProvider(t: TestApp, issuer: string, input: Partial<SsoProviderInput> = {}): Promise<string> {
  const d = await t.ok(
    CREATE_SSO_PROVIDER,
    {
      i: {
        protocol: 'OIDC',
        displayName: 'Test IdP',
        groupsClaim: 'groups',
        oidc: { issuer, clientId: CLIENT_ID, clientSecret: CLIENT_SECRET, scopes: 'openid email profile groups' },
        ...input,
      } as SsoProviderInput,
    },
    { token: t.adminToken },
  );
  return d.createSsoProvider.id;
}

type Jar = Map<string, Map<string, string>>;

export interface SsoRun {
  /** Roster's last redirect: "/" when signed in, "/sign-in?sso_error=..." when refused. */
  location: string;
  /** `roster_session=<token>` when signed in. */
  cookie: string | null;
  /** The callback URL the provider sent the browser to (to replay it). */
  callback: string | null;
  jar: Jar;
}

export class TestBrowser {
  readonly jar: Jar = new Map();

  constructor(private readonly t: TestApp) {}

  get rosterOrigin(): string {
    return new URL(this.t.url).origin;
  }

  cookie(host: string, name: string): string | undefined {
    return this.jar.get(host)?.get(name);
  }

  setCookie(host: string, name: string, value: string): void {
    if (!this.jar.has(host)) this.jar.set(host, new Map());
    this.jar.get(host)!.set(name, value);
  }

  async get(url: string, init: RequestInit = {}): Promise<Response> {
    // Roster's own links name PUBLIC_URL; the test server listens elsewhere.
    const u = new URL(
      url.startsWith(this.t.config.publicUrl) ? this.rosterOrigin + url.slice(this.t.config.publicUrl.length) : url,
      this.rosterOrigin,
    );
    const cookies = [...(this.jar.get(u.host) ?? new Map()).entries()].map(([k, v]) => `${k}=${v}`).join('; ');
    const res = await fetch(u, {
      redirect: 'manual',
      ...init,
      headers: { ...(init.headers as Record<string, string>), ...(cookies ? { cookie: cookies } : {}) },
    });
    for (const c of res.headers.getSetCookie()) {
      const [pair, ...attrs] = c.split(';');
      const i = pair.indexOf('=');
      const name = pair.slice(0, i).trim();
      const value = pair.slice(i + 1).trim();
      const gone = attrs.some((a) => /^\s*expires=Thu, 01 Jan 1970/i.test(a) || /^\s*max-age=0\b/i.test(a)) || value === '';
      if (gone) this.jar.get(u.host)?.delete(name);
      else this.setCookie(u.host, name, value);
    }
    (res as Response & { url2?: string }).url2 = u.href;
    return res;
  }

  /**
   * Clicks "Sign in with ..." and signs in at the provider as `login`; `tamper` may change the
   * authorization URL, `beforeCallback` runs before the browser returns to Roster.
   */
  async signIn(
    providerId: string,
    login: string,
    password: string,
    opts: { tamper?: (authorize: URL) => void; beforeCallback?: (callback: string) => void | Promise<void> } = {},
  ): Promise<SsoRun> {
    let res = await this.get(`/sso/${providerId}/start`);
    let location = res.headers.get('location')!;
    if (!location.startsWith('http')) return { location, cookie: null, callback: null, jar: this.jar };
    const authorize = new URL(location);
    opts.tamper?.(authorize);
    location = authorize.href;
    let base = authorize.origin;
    for (let hops = 0; hops < 10; hops++) {
      if (location.startsWith(`${this.t.config.publicUrl}/sso/oidc/callback`)) break;
      res = await this.get(new URL(location, base).href);
      base = new URL(location, base).origin;
      if (res.status === 200) {
        // The provider's login form.
        const html = await res.text();
        const action = /action="([^"]+)"/.exec(html)![1];
        res = await this.get(new URL(action, base).href, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({ login, password }).toString(),
        });
      }
      const next = res.headers.get('location');
      if (!next) throw new Error(`the provider answered ${res.status}: ${await res.text()}`);
      location = new URL(next, base).href;
    }
    await opts.beforeCallback?.(location);
    return this.callback(location);
  }

  /** The browser arrives at Roster's callback URL (again, for a replay). */
  async callback(url: string): Promise<SsoRun> {
    const res = await this.get(url);
    const session = this.cookie(new URL(this.rosterOrigin).host, 'roster_session');
    return { location: res.headers.get('location')!, cookie: session ? `roster_session=${session}` : null, callback: url, jar: this.jar };
  }
}
