import express from 'express';
import type { AppDeps } from '../graphql/context';
import { buildContext } from '../graphql/context';
import { ssoFailurePath } from './sso';
import {
  completeSsoSignIn,
  finishSamlSignIn,
  recordSsoFailure,
  type SamlDeps,
  SAML_REQUEST_TTL_MS,
  samlProviderOf,
  samlServiceProviderMetadata,
  SsoError,
  SsoProvider,
  startSamlSignIn,
} from '../modules/sso';

// SAML 2.0 Web SSO for the browser (SP-initiated): /start sends it to the IdP with an AuthnRequest
// (HTTP-Redirect), the IdP posts the signed answer to /acs (HTTP-POST), and /metadata is our SP
// metadata for the IdP's admin. The ACS is a cross-site form POST by design: what protects it is
// the signed assertion answering a request we issued with this RelayState, once, to this browser:
// /start gives the browser the RelayState in an HttpOnly cookie the ACS must receive. A cross-site
// POST carries only SameSite=None cookies, which browsers keep only when Secure: over https (secure
// cookies) the cookie is SameSite=None; Secure. Over plain http it is SameSite=Lax, which a
// cross-site IdP's POST does not carry: plain http works with an IdP on the same site only (local).

/** Above the 256 KB SAMLResponse limit: URL-encoding grows base64 by up to a third. */
const MAX_FORM = '512kb';
const RELAY_COOKIE = 'roster_saml_relay';

/** An enabled SAML provider by the path's id; NOT_CONFIGURED otherwise. */
async function samlProvider(deps: AppDeps, param: string): Promise<SsoProvider> {
  const id = /^\d{1,10}$/.test(param) ? Number(param) : NaN;
  const provider = Number.isSafeInteger(id) ? await deps.ds.manager.findOneBy(SsoProvider, { id, enabled: true }) : null;
  if (!provider || provider.protocol !== 'SAML') throw new SsoError('NOT_CONFIGURED', 'This SAML provider does not exist or is disabled');
  return provider;
}

export function samlRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  // The request and replay rows are written outside the sign-in's transaction: they stay used even when the sign-in fails later.
  const samlDeps: SamlDeps = { ...deps.services, em: deps.ds.manager };
  const providerIdOf = (req: express.Request) => Number(req.params.providerId) || 0;
  const secure = deps.config.secureCookies;
  const relayCookie = { httpOnly: true, sameSite: secure ? ('none' as const) : ('lax' as const), secure, path: '/sso/saml' };

  async function failed(req: express.Request, res: express.Response, error: unknown, alreadyRecorded = false): Promise<void> {
    const ctx = await buildContext(deps, req, res);
    if (!alreadyRecorded) await recordSsoFailure(ctx, { providerId: providerIdOf(req), protocol: 'SAML' }, error);
    res.redirect(303, ssoFailurePath(error));
  }

  // The sign-in page's button goes to /sso/:providerId/start whatever the protocol: a SAML provider's goes on from here.
  router.get('/sso/:providerId/start', async (req, res, next) => {
    const provider = await samlProvider(deps, req.params.providerId).catch(() => null);
    if (!provider) return next();
    const query = typeof req.query.returnTo === 'string' ? `?returnTo=${encodeURIComponent(req.query.returnTo)}` : '';
    res.redirect(303, `/sso/saml/${provider.id}/start${query}`);
  });

  router.get('/sso/saml/:providerId/start', async (req, res) => {
    try {
      const provider = await samlProvider(deps, req.params.providerId);
      const { url, relayState } = await startSamlSignIn(samlDeps, samlProviderOf(provider), req.query.returnTo);
      res.cookie(RELAY_COOKIE, relayState, { ...relayCookie, maxAge: SAML_REQUEST_TTL_MS });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(303, url);
    } catch (e) {
      // Nothing was attempted yet (as the OIDC start): not in the audit log, which anyone could otherwise fill with GETs.
      res.redirect(303, ssoFailurePath(e));
    }
  });

  router.post(
    '/sso/saml/:providerId/acs',
    express.urlencoded({ extended: false, limit: MAX_FORM, parameterLimit: 10 }),
    async (req, res) => {
      let signedIn: { returnTo: string; identity: Parameters<typeof completeSsoSignIn>[2]; provider: SsoProvider };
      const cookie: unknown = req.cookies?.[RELAY_COOKIE];
      res.clearCookie(RELAY_COOKIE, relayCookie);
      try {
        const provider = await samlProvider(deps, req.params.providerId);
        const body = (req.body ?? {}) as Record<string, unknown>;
        const browserRelayState = typeof cookie === 'string' ? cookie : null;
        signedIn = { ...(await finishSamlSignIn(samlDeps, samlProviderOf(provider), body, browserRelayState)), provider };
      } catch (e) {
        return failed(req, res, e);
      }
      try {
        const ctx = await buildContext(deps, req, res);
        const result = await completeSsoSignIn(ctx, signedIn.provider.id, signedIn.identity);
        // A pending second step or enrolment is taken from the SPA's start page.
        const pending = result.secondFactorRequired || result.enrolmentRequired;
        res.redirect(303, pending ? result.redirectTo : signedIn.returnTo);
      } catch (e) {
        // completeSsoSignIn has recorded its refusal already.
        return failed(req, res, e, true);
      }
    },
  );
  // An oversized or malformed form: a failed sign-in like any other, never Express's error page.
  router.use(
    '/sso/saml/:providerId/acs',
    (err: { status?: number; type?: string }, req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!err?.status || err.status >= 500) return next(err);
      const message =
        err.type === 'entity.too.large' ? `The SAMLResponse form is larger than ${MAX_FORM}` : 'The SAMLResponse form is malformed';
      void failed(req, res, new SsoError('PROVIDER_ERROR', message));
    },
  );

  router.get('/sso/saml/:providerId/metadata', async (req, res) => {
    try {
      const provider = await samlProvider(deps, req.params.providerId);
      res.setHeader('Content-Type', 'application/samlmetadata+xml; charset=utf-8');
      res.send(samlServiceProviderMetadata(deps.services.config.publicUrl, samlProviderOf(provider)));
    } catch {
      res.status(404).type('text/plain').send('No such SAML provider');
    }
  });
  return router;
}
