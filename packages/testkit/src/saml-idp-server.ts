import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { authnRequestOf, TestIdp } from './saml-idp';

// A SAML identity provider with a login page, for browser tests: GET /sso takes the service
// provider's AuthnRequest (HTTP-Redirect binding) and shows a sign-in form; POST /login answers with
// a page that posts the signed SAMLResponse to the SP's ACS (HTTP-POST binding), as real IdPs do.

export interface SamlIdpServer {
  idp: TestIdp;
  /** The HTTP-Redirect SingleSignOnService URL. */
  ssoUrl: string;
  /** IdP metadata XML naming ssoUrl. */
  metadata(): string;
  close(): Promise<void>;
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const hidden = (fields: Record<string, string>) =>
  Object.entries(fields)
    .map(([k, v]) => `<input type="hidden" name="${esc(k)}" value="${esc(v)}">`)
    .join('');
const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title></head><body><main><h1>${esc(title)}</h1>${body}</main></body></html>`;

async function formOf(req: http.IncomingMessage): Promise<URLSearchParams> {
  let body = '';
  for await (const chunk of req) body += String(chunk);
  return new URLSearchParams(body);
}

export async function startSamlIdp(entityId = 'https://idp.e2e.test/metadata'): Promise<SamlIdpServer> {
  const idp = await TestIdp.start(entityId);
  const server = http.createServer((req, res) => {
    void (async () => {
      const url = new URL(req.url ?? '/', 'http://idp');
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      if (req.method === 'GET' && url.pathname === '/sso') {
        const request = authnRequestOf(url.href);
        const acs = /AssertionConsumerServiceURL="([^"]+)"/.exec(request.xml)?.[1] ?? '';
        const audience = /<saml:Issuer[^>]*>([^<]+)<\/saml:Issuer>/.exec(request.xml)?.[1] ?? '';
        const fields = { requestId: request.id, relayState: request.relayState, acs, audience };
        res.end(
          page(
            'Test IdP sign-in',
            `<form method="post" action="/login">${hidden(fields)}<label for="email">Email</label> <input id="email" name="email" type="email" required> <button type="submit">Sign in at the IdP</button></form>`,
          ),
        );
        return;
      }
      if (req.method === 'POST' && url.pathname === '/login') {
        const form = await formOf(req);
        const email = form.get('email') ?? '';
        const acs = form.get('acs') ?? '';
        const SAMLResponse = idp.response({
          acsUrl: acs,
          audience: form.get('audience') ?? '',
          inResponseTo: form.get('requestId'),
          nameId: email,
          attributes: { email, name: `IdP ${email.split('@')[0]}` },
        });
        res.end(
          page(
            'Signing you in',
            `<form id="post" method="post" action="${esc(acs)}">${hidden({ SAMLResponse, RelayState: form.get('relayState') ?? '' })}<button type="submit">Continue</button></form><script>document.getElementById('post').submit()</script>`,
          ),
        );
        return;
      }
      res.statusCode = 404;
      res.end(page('Not found', ''));
    })();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const ssoUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/sso`;
  return {
    idp,
    ssoUrl,
    metadata: () => idp.metadata(ssoUrl),
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((r) => server.close(() => r()));
    },
  };
}
