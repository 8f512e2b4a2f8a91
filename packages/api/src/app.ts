import 'reflect-metadata';
import http from 'node:http';
import express from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { DataSource, Logger } from 'typeorm';
import type { Config } from './config';
import { AppDeps, buildContext, Context, contextFor } from './graphql/context';
import { fastQueryPath, MALFORMED_JSON_BODY } from './graphql/fast-path';
import type { ExecutableCache } from './graphql/executable-cache';
import { formatError } from './graphql/format-error';
import { errorLanguagePlugin } from './graphql/plugins/error-language';
import { allValidationRules, extraValidationRules, operationChecksPlugin } from './graphql/plugins/request-checks';
import { MAX_BODY_BYTES } from './common/input-limits';
import { capErrorMessage } from './common/quote-input';
import { createDataSource, initDataSource } from './db/data-source';
import { bootstrapFirstAdmin } from './db/bootstrap';
import { Mailer } from './modules/mail';
import { ImportRunner } from './modules/import';
import { AuditRetention } from './modules/audit';
import { LocalFileStorage } from './modules/user-file';
import { httpRoutes } from './http';
import { drainPlugin } from './http/drain';
import { buildAppSchema } from './graphql/schema';
import { inRequestRouting, ReadReplicas } from './db/read-replicas';
import { serveWeb } from './serve-web';

export interface RosterApp {
  app: express.Express;
  httpServer: http.Server;
  server: ApolloServer<Context>;
  deps: AppDeps;
  ds: DataSource;
  mailer: Mailer;
  imports: ImportRunner;
  /** Prunes the audit log past AUDIT_RETENTION_DAYS (any process may; a lease picks one). */
  auditRetention: AuditRetention;
  /** The read fast path's document caches (their sizes are what the memory benchmark watches). */
  queryCache: ExecutableCache;
  close(): Promise<void>;
}

export interface AppOptions {
  /** Reuse a data source (tests share one per suite). */
  ds?: DataSource;
  sqlLogger?: Logger;
  log?: (msg: string) => void;
}

// Limits checked during validation, before any resolver (and so any SQL) runs.
export const MAX_QUERY_TOKENS = 5000;

export const ARMOR_LIMITS = {
  maxDepth: { n: 10 },
  maxAliases: { n: 15 },
  // One cost model: the result-size estimate (graphql/plugins/query-cost.ts) measures what an answer
  // can really hold (each fragment once, scaled at every spread). Armor's cost formula is another
  // guess (it charged a fragment spread inside a list more than the same fields written out).
  costLimit: { enabled: false },
  // Token counting happens in the parser instead (parseOptions below): armor's check there
  // answers with HTTP 500, the parser's limit with a 400 syntax error.
  maxTokens: { enabled: false },
  maxDirectives: { n: 50 },
};

export async function createApp(config: Config, opts: AppOptions = {}): Promise<RosterApp> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const ds = opts.ds ?? createDataSource(config.db, opts.sqlLogger);
  await initDataSource(ds);
  await bootstrapFirstAdmin(ds, config, log);
  const mailer = new Mailer(ds, config, log);
  const services = { config, clock: () => new Date(), mail: mailer };
  const imports = new ImportRunner(ds, services, log);
  const replicas = config.db.type === 'mysql' && config.db.replicas ? new ReadReplicas(ds, config.db.replicas, log) : undefined;
  await replicas?.start();
  const deps: AppDeps = {
    ds,
    replicas,
    config,
    mailer,
    imports,
    files: new LocalFileStorage(config.filesDir),
    services,
    context: (req, res) => buildContext(deps, req, res),
  };

  const app = express();
  // Only trusted hops may name the client IP (rate limits count per IP): by default the loopback
  // proxy only, so X-Forwarded-For from anyone else is ignored. Behind one proxy: TRUST_PROXY=1.
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // brotli (quality 4) or gzip (level 6) for answers over 1 KB, as the client accepts: an
  // agents(first: 50) page shrinks from 23 kB to 2.6 kB for about 0.2 ms of CPU (the request
  // takes 6 ms); smaller answers (viewer, login, most mutations) go out as they are. The SPA's
  // assets come precompressed from the build (serve-web.ts), which this then leaves alone.
  app.use(compression());
  let stopping = false;
  const schema = await buildAppSchema();
  const armor = new ApolloArmor(ARMOR_LIMITS).protect();
  // One list of validation rules and operation checks for both paths (request-checks.ts).
  const validationRules = extraValidationRules(armor.validationRules, config.env !== 'production');
  // Successful read queries take the fast path (fast-path.ts); everything else, errors included, the Express app.
  const fast = fastQueryPath({
    schema,
    validationRules: allValidationRules(validationRules),
    maxTokens: MAX_QUERY_TOKENS,
    maxBodyBytes: MAX_BODY_BYTES,
    trustProxy: app.get('trust proxy fn'),
    context: (creds) => contextFor(deps, creds),
    stopped: () => stopping,
  });
  const serve: http.RequestListener = config.fastPath ? (req, res) => fast(req, res, () => app(req, res)) : app;
  // With read replicas each request carries where its reads may go (src/db/read-replicas.ts).
  const httpServer = http.createServer(replicas ? (req, res) => replicas.request(req, () => serve(req, res)) : serve);
  // Idle keep-alive connections stay open longer than a load balancer's (60 s on AWS ALB, nginx 75 s
  // upstream): with Node's 5 s a client or proxy that reuses a connection just as the server closes
  // it gets ECONNRESET (seen by the query-safety suite on a loaded machine). Headers must finish first.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  const server = new ApolloServer<Context>({
    schema,
    ...armor,
    validationRules,
    // No HTTP caching of GraphQL answers here: skip the per-field cache-control bookkeeping.
    plugins: [
      operationChecksPlugin(),
      errorLanguagePlugin(),
      ...armor.plugins,
      drainPlugin(httpServer),
      ApolloServerPluginCacheControlDisabled(),
    ],
    parseOptions: { maxTokens: MAX_QUERY_TOKENS },
    csrfPrevention: true,
    // main.ts owns SIGINT/SIGTERM (close() drains through the plugin above): Apollo's own handlers
    // would stop the server underneath it and let the process end before close() finishes.
    stopOnTerminationSignals: false,
    // Introspection is refused by a validation rule in `validationRules` (production), as on the fast path.
    introspection: true,
    includeStacktraceInErrorResponses: false,
    formatError: (formatted, error) => capErrorMessage(formatError(formatted, error)),
  });
  await server.start();

  app.get('/healthz', (_req, res) => {
    res.json(replicas ? { ok: true, replicas: replicas.status().map(({ healthy, lagMs }) => ({ healthy, lagMs })) } : { ok: true });
  });
  app.use(
    '/graphql',
    cookieParser(),
    express.json({ limit: MAX_BODY_BYTES }),
    (req: express.Request, _res: express.Response, next: express.NextFunction) => inRequestRouting(req, next),
    expressMiddleware(server, { context: ({ req, res }) => buildContext(deps, req, res) }),
  );
  // Malformed JSON and oversized bodies: a GraphQL-shaped 4xx, never Express's HTML page with a stack.
  app.use(
    '/graphql',
    (err: { status?: number; type?: string }, _req: express.Request, res: express.Response, next: express.NextFunction) => {
      if (!err || !err.status || err.status >= 500) return next(err);
      res.status(err.status).json(
        err.type === 'entity.too.large'
          ? {
              errors: [
                { message: `Request body too large (limit ${MAX_BODY_BYTES / 1024 / 1024} MB)`, extensions: { code: 'BAD_REQUEST' } },
              ],
            }
          : MALFORMED_JSON_BODY,
      );
    },
  );
  // Downloads, uploads and files (src/http): REST beside GraphQL.
  app.use(httpRoutes(deps, imports));
  serveWeb(app, config.webDist);
  // Jobs left QUEUED, or RUNNING by a process that died, are picked up from here on.
  imports.start();
  const auditRetention = new AuditRetention(ds, services, log);
  auditRetention.start();

  return {
    app,
    httpServer,
    server,
    deps,
    ds,
    mailer,
    imports,
    auditRetention,
    queryCache: fast.cache,
    async close() {
      stopping = true;
      await imports.stop();
      auditRetention.stop();
      await mailer.stop();
      await server.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      await replicas?.stop();
      if (!opts.ds && ds.isInitialized) await ds.destroy();
    },
  };
}
