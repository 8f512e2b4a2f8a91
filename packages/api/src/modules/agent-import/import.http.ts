import express from 'express';
import cookieParser from 'cookie-parser';
import { format } from 'fast-csv';
import { AGENT_CSV_TEMPLATE_ROWS, ErrorCode, guardCsvFormula } from '@roster/shared';
import type { Actor } from '../../common/actor';
import { hasScope, requireActor, Scope } from '../../common/auth';
import type { ServiceContext } from '../../common/service';
import { DomainError, forbidden } from '../../common/errors';
import type { AppDeps, Context } from '../../common/request';
import { AgentImport, AgentImportError, AgentImportRow, ImportErrorMode, ImportExistingMode } from './agent-import.entity';
import { firstFile } from './import.multipart';
import type { ImportRunner } from './import.runner';
import { createImport, CreateImportArgs, orDiscardFile, getImport, storeImportFile } from './import.service';

// The import's HTTP surface: files too large for a GraphQL string are uploaded here, with the
// same auth (session cookie or Bearer) and CSRF rule as /graphql: a browser can only send a
// text/csv body, or multipart with a custom header, after a CORS preflight this server never approves.

const STATUS: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.PASSWORD_CHANGE_REQUIRED]: 403,
  [ErrorCode.BAD_USER_INPUT]: 400,
};

export function sendError(res: express.Response, e: unknown): void {
  if (e instanceof DomainError) {
    const status = (e.details.status as number | undefined) ?? STATUS[e.code] ?? 400;
    res.status(status).json({ errors: [{ message: e.message, extensions: { code: e.code, fields: e.fields } }] });
    return;
  }
  console.error(e);
  res.status(500).json({ errors: [{ message: 'Internal server error', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } }] });
}

/** A signed-in actor (session cookie or Bearer) with the token scope `scope`; `allowed` adds the kind's own rule. */
async function actorContext(
  deps: AppDeps,
  req: express.Request,
  scope: Scope,
  allowed?: (actor: Actor) => string | null,
): Promise<Context> {
  const ctx = await deps.context(req);
  const actor = requireActor(ctx);
  if (actor.agent?.mustChangePassword) throw forbidden('Change your password before doing anything else');
  const refusal = allowed?.(actor);
  if (refusal) throw forbidden(refusal);
  if (!hasScope(actor, scope)) throw forbidden(`This API token lacks the ${scope} scope`);
  return ctx;
}

/** Admins (or their API tokens with agents:write) only, as importAgentsCsv. */
const adminContext = (deps: AppDeps, req: express.Request) =>
  actorContext(deps, req, 'agents:write', (actor) => (actor.agent?.isAdmin ? null : 'Administrator access is required'));

/** What each kind's upload needs: who may send it and how its job is created (createUserImport checks people.create). */
export interface UploadKind {
  path: string;
  errorsPath: string;
  /** The job `id` of this kind the actor may see, or null. */
  find(sc: ServiceContext, id: string): Promise<AgentImport | null>;
  context(deps: AppDeps, req: express.Request): Promise<Context>;
  create(sc: ServiceContext, args: CreateImportArgs): Promise<AgentImport>;
  precheck?(sc: ServiceContext, existing: ImportExistingMode | undefined): Promise<void>;
  /** GET <path>/template.csv: the header and an example row. */
  template: { fileName: string; rows: readonly (readonly string[])[] };
}

const AGENT_UPLOAD: UploadKind = {
  path: '/imports/agents',
  errorsPath: '/imports/:id/errors.csv',
  context: adminContext,
  create: createImport,
  find: (sc, id) => getImport(sc, { id }),
  template: { fileName: 'agents-template.csv', rows: AGENT_CSV_TEMPLATE_ROWS },
};

/** Users: agents with people.create (checked by the kind); tokens need users:write. */
export const userUploadContext = (deps: AppDeps, req: express.Request) => actorContext(deps, req, 'users:write');

const enumParam = <T extends string>(value: unknown, values: Record<string, T>, name: string): T | undefined => {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'string' && (Object.values(values) as string[]).includes(value.toUpperCase())) return value.toUpperCase() as T;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, `${name} must be one of ${Object.values(values).join(', ')}`, {
    [name]: 'is not a known value',
  });
};

function isCsrfSafe(req: express.Request): 'csv' | 'multipart' | null {
  const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (type === 'text/csv' || type === 'application/octet-stream') return 'csv';
  // multipart/form-data is a "simple" type: a form on another site could send it without a preflight.
  if (type === 'multipart/form-data' && (req.headers['apollo-require-preflight'] || req.headers['x-apollo-operation-name']))
    return 'multipart';
  return null;
}

const formulaSafe = guardCsvFormula;

async function upload(deps: AppDeps, runner: ImportRunner, kind: UploadKind, req: express.Request, res: express.Response) {
  try {
    const ctx = await kind.context(deps, req);
    const type = isCsrfSafe(req);
    if (!type) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'Send the file as a text/csv body (or multipart/form-data with an apollo-require-preflight header)',
        undefined,
        { status: 415 },
      );
    }
    const dryRun = /^(1|true|yes)$/i.test(String(req.query.dryRun ?? ''));
    const onError = enumParam(req.query.onError, ImportErrorMode, 'onError');
    const existing = enumParam(req.query.existing, ImportExistingMode, 'existing');
    // The kind's own rules (permissions) before the body is read: a refused upload is not stored.
    if (kind.precheck) await ctx.read((sc) => kind.precheck!(sc, existing));
    const source = type === 'csv' ? req : await firstFile(req);
    const file = await storeImportFile(deps.config.importDir, source);
    const job = await orDiscardFile(deps.config.importDir, file, () =>
      ctx.tx((sc) => kind.create(sc, { file, dryRun, onError, existing })),
    );
    runner.kick();
    res.status(202).json({ id: String(job.id), status: job.status, dryRun: job.dryRun, fileBytes: job.fileBytes });
  } catch (e) {
    // The rest of a refused upload is not read: close the connection rather than drain 50 MB.
    res.setHeader('connection', 'close');
    sendError(res, e);
  }
}

/** A job's problems with each row's original cells (formula-safe), for fixing the file. */
async function errorsCsv(deps: AppDeps, kind: UploadKind, req: express.Request, res: express.Response) {
  try {
    const ctx = await kind.context(deps, req);
    const job = await ctx.read((sc) => kind.find(sc, req.params.id as string));
    if (!job) throw new DomainError(ErrorCode.NOT_FOUND, 'Import not found');
    res.type('text/csv; charset=utf-8').attachment(`import-${job.id}-errors.csv`);
    const out = format({ headers: false });
    out.pipe(res);
    out.write(['row', 'column', 'code', 'message', 'cells']);
    const errors = await deps.ds.manager.find(AgentImportError, { where: { importId: job.id }, order: { row: 'ASC', id: 'ASC' } });
    const rows = new Map<number, string[]>();
    for (const r of await deps.ds.manager.find(AgentImportRow, { where: { importId: job.id, action: 'ERROR' as never } })) {
      rows.set(r.row, r.cells ? (JSON.parse(r.cells) as string[]) : []);
    }
    for (const e of errors) out.write([String(e.row), e.column ?? '', e.code, e.message, ...(rows.get(e.row) ?? [])].map(formulaSafe));
    out.end();
  } catch (e) {
    sendError(res, e);
  }
}

export function importRoutes(deps: AppDeps, runner: ImportRunner, uploads: readonly UploadKind[] = []): express.Router {
  const router = express.Router();
  router.use(cookieParser());

  for (const kind of [AGENT_UPLOAD, ...uploads]) {
    const { template } = kind;
    router.get(`${kind.path}/template.csv`, (_req, res) => {
      res.type('text/csv; charset=utf-8').attachment(template.fileName);
      const out = format({ headers: false, quoteColumns: true });
      out.pipe(res);
      for (const row of template.rows) out.write(row);
      out.end();
    });
  }

  for (const kind of [AGENT_UPLOAD, ...uploads]) router.post(kind.path, (req, res) => upload(deps, runner, kind, req, res));

  for (const kind of [AGENT_UPLOAD, ...uploads]) router.get(kind.errorsPath, (req, res) => errorsCsv(deps, kind, req, res));
  return router;
}
