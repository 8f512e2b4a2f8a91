import express from 'express';
import { idNumber } from '@roster/shared';
import { AppDeps, buildContext } from '../graphql/context';
import { finishOidcSignIn, OIDC_CALLBACK_PATH, SsoError, startOidcSignIn, STATE_TTL_MINUTES } from '../modules/sso';

// Single sign-on's browser legs: GET /sso/:providerId/start sends the browser to the provider;
// the provider sends it back to GET /sso/oidc/callback, which signs in (the session cookie as
// after a password) and sends it into the SPA. A failure sends it to the sign-in page with the
// reason (`/sign-in?sso_error=<reason>`), which the page explains; the audit log has the details.

const STATE_COOKIE = 'roster_sso_state';

/** Where a refused sign-in lands: the reason is one of SsoFailureReason, nothing the client sent. */
export const ssoFailurePath = (error: unknown) => `/sign-in?sso_error=${error instanceof SsoError ? error.reason : 'PROVIDER_ERROR'}`;

export function ssoRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  const cookie = { httpOnly: true, sameSite: 'lax' as const, secure: deps.config.secureCookies, path: '/sso' };

  router.get('/sso/:providerId/start', async (req, res) => {
    try {
      const ctx = await buildContext(deps, req, res);
      const providerId = idNumber(req.params.providerId);
      if (providerId === null) throw new SsoError('NOT_CONFIGURED', 'Unknown provider');
      const { url, state } = await startOidcSignIn(ctx, providerId);
      res.cookie(STATE_COOKIE, state, { ...cookie, maxAge: STATE_TTL_MINUTES * 60_000 });
      res.setHeader('Cache-Control', 'no-store');
      res.redirect(302, url);
    } catch (e) {
      res.redirect(302, ssoFailurePath(e));
    }
  });

  router.get(OIDC_CALLBACK_PATH, async (req, res) => {
    res.clearCookie(STATE_COOKIE, cookie);
    res.setHeader('Cache-Control', 'no-store');
    try {
      const ctx = await buildContext(deps, req, res);
      const cookieState = typeof req.cookies?.[STATE_COOKIE] === 'string' ? (req.cookies[STATE_COOKIE] as string) : null;
      // The URL the provider called, as registered there (behind a proxy req.url is only the path).
      const callbackUrl = new URL(req.originalUrl, deps.config.publicUrl);
      const result = await finishOidcSignIn(ctx, callbackUrl, cookieState);
      res.redirect(302, result.redirectTo);
    } catch (e) {
      res.redirect(302, ssoFailurePath(e));
    }
  });
  return router;
}
