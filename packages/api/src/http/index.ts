import cookieParser from 'cookie-parser';
import express from 'express';
import type { AppDeps } from '../graphql/context';
import type { ImportRunner } from '../modules/import';
import { AGENTS_CSV, AUDIT_CSV, csvDownloadRoute, USERS_CSV } from './exports';
import { importRoutes } from './imports';
import { scimRoutes } from './scim';
import { ssoRoutes } from './sso';
import { samlRoutes } from './sso-saml';
import { userFileRoutes } from './user-files';
import { agentAvatarRoutes } from './agent-avatars';

// The REST edge beside /graphql: downloads, uploads and files, with the same sign-in (session
// cookie or Bearer), scopes and CSRF rule as /graphql, and one error map (errors.ts).

/**
 * GET /exports/agents.csv, /exports/users.csv, /exports/audit.csv; the imports' uploads, templates and errors.csv
 * (/imports/...); files on user profiles (/users/:userId/files...); agent profile images (/agent-avatars/...).
 */
export function httpRoutes(deps: AppDeps, imports: ImportRunner): express.Router {
  const router = express.Router();
  router.use(cookieParser());
  router.get('/exports/agents.csv', csvDownloadRoute(deps, AGENTS_CSV));
  router.get('/exports/users.csv', csvDownloadRoute(deps, USERS_CSV));
  router.get('/exports/audit.csv', csvDownloadRoute(deps, AUDIT_CSV));
  router.use(importRoutes(deps, imports));
  router.use(userFileRoutes(deps));
  router.use(agentAvatarRoutes(deps));
  // SCIM 2.0 provisioning: Bearer API tokens with the scim scope only (src/http/scim.ts).
  router.use('/scim/v2', scimRoutes(deps));
  // SAML single sign-on first: /sso/saml/:providerId/start, /acs, /metadata, and /sso/:providerId/start of a SAML provider (src/http/sso-saml.ts).
  router.use(samlRoutes(deps));
  // Single sign-on: the browser's way to the identity provider and back (src/http/sso.ts).
  router.use(ssoRoutes(deps));
  return router;
}
