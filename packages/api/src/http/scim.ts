import express from 'express';
import { ErrorCode } from '@roster/shared';
import { ADMIN, checkEndpointRequirements } from '../common/auth';
import { DomainError, forbidden, unauthenticated } from '../common/errors';
import type { ServiceContext } from '../common/service';
import { AppDeps, bearer, buildContext } from '../graphql/context';
import * as scim from '../modules/scim';

// SCIM 2.0 (RFC 7644) under /scim/v2: identity providers (Okta, Microsoft Entra ID) provision
// agents as Users and teams as Groups with an administrator's API token carrying the `scim`
// scope. Answers are application/scim+json; every refusal is a SCIM error body (below).

const MAX_BODY = '1mb';
const CONTENT_TYPE = 'application/scim+json; charset=utf-8';

/** SCIM's status for each domain error code; a SCIM error's own status (details.status) comes first. */
const STATUS: Record<string, number> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  // A full license is not a conflict with an existing resource (Entra ID reads 409 on create as
  // "already exists" and tries to match instead): 400 with a detail an administrator can act on.
  [ErrorCode.LICENSE_LIMIT_REACHED]: 400,
  [ErrorCode.RATE_LIMITED]: 429,
};

/** The agent and team services' field paths, as SCIM attributes. */
const ATTRIBUTE: [RegExp, string][] = [
  [/^input\.email$/, 'userName'],
  [/^input\.extraEmails(\.\d+)?$/, 'emails'],
  [/^input\.name$/, 'name'],
  [/^input\.status$/, 'active'],
  [/^input\.password$/, 'password'],
  [/^agentIds$/, 'members'],
  [/^name$/, 'displayName'],
];
const attributeOf = (field: string) => ATTRIBUTE.find(([re]) => re.test(field))?.[1] ?? field;

function send(res: express.Response, status: number, body?: object): void {
  res.status(status).setHeader('Cache-Control', 'no-store');
  if (body === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', CONTENT_TYPE);
  const version = (body as { meta?: { version?: string } }).meta?.version;
  if (version) res.setHeader('ETag', version);
  res.send(JSON.stringify(body));
}

/** A refusal as a SCIM error (RFC 7644 §3.12): status as a string, scimType where the RFC defines one, detail. */
export function sendScimError(res: express.Response, e: unknown): void {
  if (!(e instanceof DomainError)) {
    console.error(e);
    send(res, 500, { schemas: [scim.SCIM.ERROR], status: '500', detail: 'Internal server error' });
    return;
  }
  const status = (e.details.status as number | undefined) ?? STATUS[e.code] ?? 400;
  const fields = Object.entries(e.fields ?? {});
  const detail = fields.length ? fields.map(([f, m]) => `${attributeOf(f)}: ${m}`).join('; ') : e.message;
  let scimType = e.details.scimType as string | null | undefined;
  if (scimType === undefined && e.code === ErrorCode.BAD_USER_INPUT) scimType = 'invalidValue';
  if (scimType === undefined && e.code === ErrorCode.CONFLICT && /already (used|exists)/.test(`${e.message} ${detail}`))
    scimType = 'uniqueness';
  if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer realm="scim"');
  send(res, status, { schemas: [scim.SCIM.ERROR], status: String(status), ...(scimType ? { scimType } : {}), detail });
}

type Handler = (sc: ServiceContext, req: express.Request, prepared?: unknown) => Promise<{ status?: number; body?: object }>;

const ifMatch = (req: express.Request) => req.get('if-match') ?? undefined;
const param = (req: express.Request) => String(req.params.id);

export function scimRoutes(deps: AppDeps): express.Router {
  const router = express.Router();
  router.use(express.json({ limit: MAX_BODY, type: ['application/scim+json', 'application/json'] }));

  /**
   * Only an API token (Bearer) with the scim scope whose agent is an administrator; writes run in
   * one transaction as that token (the change log names it), with `prepare` (hashing) before it.
   */
  const route =
    (write: boolean, handler: Handler, prepare?: (req: express.Request) => Promise<unknown>): express.RequestHandler =>
    async (req, res) => {
      try {
        if (!bearer(req)) throw unauthenticated('Send an API token: Authorization: Bearer <token>');
        const ctx = await buildContext(deps, req, res);
        const actor = checkEndpointRequirements(ctx, [ADMIN, 'scim']);
        if (actor.kind !== 'API_TOKEN') throw forbidden('SCIM needs an API token with the scim scope, not a session');
        const prepared = await prepare?.(req);
        const { status = 200, body } = write ? await ctx.tx((sc) => handler(sc, req, prepared)) : await ctx.read((sc) => handler(sc, req));
        if (status === 201 && body) res.setHeader('Location', (body as { meta: { location: string } }).meta.location);
        send(res, status, body);
      } catch (e) {
        sendScimError(res, e);
      }
    };
  const read = (fn: (sc: ServiceContext, req: express.Request) => object | Promise<object>) =>
    route(false, async (sc, req) => ({ body: await fn(sc, req) }));

  const optionalId = (req: express.Request) => (req.params.id === undefined ? undefined : param(req));
  router.get('/ServiceProviderConfig', read(scim.serviceProviderConfig));
  router.get(
    ['/ResourceTypes', '/ResourceTypes/:id'],
    read((sc, req) => scim.resourceTypes(sc, optionalId(req))),
  );
  router.get(
    ['/Schemas', '/Schemas/:id'],
    read((sc, req) => scim.schemas(sc, optionalId(req))),
  );

  // Users are agents, Groups teams: the same five routes each, and a POST (below).
  const resources = [
    { path: '/Users', list: scim.listUsers, get: scim.getUser, replace: scim.replaceUser, patch: scim.patchUser, remove: scim.deleteUser },
    {
      path: '/Groups',
      list: scim.listGroups,
      get: scim.getGroup,
      replace: scim.replaceGroup,
      patch: scim.patchGroup,
      remove: scim.deleteGroup,
    },
  ];
  for (const r of resources) {
    const one = `${r.path}/:id`;
    router.get(
      r.path,
      read((sc, req) => r.list(sc, req.query)),
    );
    router.get(
      one,
      read((sc, req) => r.get(sc, param(req), req.query)),
    );
    router.put(
      one,
      route(true, async (sc, req) => ({ body: await r.replace(sc, param(req), req.body, ifMatch(req)) })),
    );
    router.patch(
      one,
      route(true, async (sc, req) => ({ body: await r.patch(sc, param(req), req.body, ifMatch(req)) })),
    );
    router.delete(
      one,
      route(true, async (sc, req) => (await r.remove(sc, param(req), ifMatch(req)), { status: 204 })),
    );
  }
  router.post(
    '/Users',
    route(
      true,
      async (sc, req, prepared) => {
        const { creds, passwordGiven } = prepared as Awaited<ReturnType<typeof scim.credentialsFor>>;
        return { status: 201, body: await scim.createUser(sc, req.body, creds, passwordGiven) };
      },
      (req) => scim.credentialsFor(req.body),
    ),
  );
  router.post(
    '/Groups',
    route(true, async (sc, req) => ({ status: 201, body: await scim.createGroup(sc, req.body) })),
  );

  router.use((_req, res) => sendScimError(res, scim.scimError(404, null, 'No such SCIM endpoint (see /scim/v2/ResourceTypes)')));
  // Malformed JSON and oversized bodies: SCIM errors, never Express's HTML page.
  router.use((err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
    if (!err?.status || err.status >= 500) return next(err);
    if (err.type === 'entity.too.large') return sendScimError(res, scim.scimError(413, null, `The body is over ${MAX_BODY}`));
    sendScimError(res, scim.scimError(400, 'invalidSyntax', 'The body is not valid JSON'));
  });
  return router;
}
