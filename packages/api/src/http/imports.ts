import express from 'express';
import { format } from 'fast-csv';
import { AGENT_CSV_TEMPLATE_ROWS, ErrorCode, USER_CSV_TEMPLATE_ROWS } from '@roster/shared';
import { guardCsvFormula } from '../common/csv-formula';
import type { Actor } from '../common/actor';
import { hasScope, requireActor, Scope } from '../common/auth';
import { DomainError, forbidden } from '../common/errors';
import type { ServiceContext } from '../common/service';
import { AppDeps, buildContext, Context } from '../graphql/context';
import { createAgentImport, getAgentImport } from '../modules/agent-import';
import {
  CreateImportArgs,
  ImportErrorMode,
  ImportExistingMode,
  importErrorReport,
  ImportJob,
  ImportRunner,
  MAX_IMPORT_BYTES,
  orDiscardFile,
  storeImportFile,
} from '../modules/import';
import { createUserImport, findUserImport, requireImportPermissions } from '../modules/user-import';
import { sendError } from './errors';
import { firstFilePart } from './multipart';

// The imports' HTTP surface: files too large for a GraphQL string are uploaded here, with the
// same auth (session cookie or Bearer) and CSRF rule as /graphql: a browser can only send a
// text/csv body, or multipart with a custom header, after a CORS preflight this server never approves.

/** What each kind's upload needs: who may send it and how its job is created (createUserImport checks people.create). */
export interface UploadKind {
  path: string;
  errorsPath: string;
  /** The token scope the upload needs. */
  scope: Scope;
  /** The kind's own rule about the actor: a refusal, or null. */
  allowed?(actor: Actor): string | null;
  /** The job `id` of this kind the actor may see, or null. */
  find(sc: ServiceContext, id: string): Promise<ImportJob | null>;
  create(sc: ServiceContext, args: Omit<CreateImportArgs, 'kind'>): Promise<ImportJob>;
  precheck?(sc: ServiceContext, existing: ImportExistingMode | undefined): Promise<void>;
  /** GET <path>/template.csv: the header and an example row. */
  template: { fileName: string; rows: readonly (readonly string[])[] };
}

/** Admins (or their API tokens with agents:write) only, as importAgentsCsv. */
const AGENT_UPLOAD: UploadKind = {
  path: '/imports/agents',
  errorsPath: '/imports/:id/errors.csv',
  scope: 'agents:write',
  allowed: (actor) => (actor.agent?.isAdmin ? null : 'Administrator access is required'),
  create: createAgentImport,
  find: (sc, id) => getAgentImport(sc, { id }),
  template: { fileName: 'agents-template.csv', rows: AGENT_CSV_TEMPLATE_ROWS },
};

/** POST /imports/users (as POST /imports/agents): agents with people.create (checked by the kind); tokens need users:write. */
const USER_UPLOAD: UploadKind = {
  path: '/imports/users',
  errorsPath: '/imports/users/:id/errors.csv',
  scope: 'users:write',
  precheck: requireImportPermissions,
  create: createUserImport,
  find: findUserImport,
  template: { fileName: 'users-template.csv', rows: USER_CSV_TEMPLATE_ROWS },
};

export const UPLOADS: readonly UploadKind[] = [AGENT_UPLOAD, USER_UPLOAD];

/** A signed-in actor (session cookie or Bearer) with the kind's token scope and its own rule. */
async function actorContext(deps: AppDeps, req: express.Request, kind: UploadKind): Promise<Context> {
  const ctx = await buildContext(deps, req);
  const actor = requireActor(ctx);
  if (actor.agent?.mustChangePassword) throw forbidden('Change your password before doing anything else');
  const refusal = kind.allowed?.(actor);
  if (refusal) throw forbidden(refusal);
  if (!hasScope(actor, kind.scope)) throw forbidden(`This API token lacks the ${kind.scope} scope`);
  return ctx;
}

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

async function upload(deps: AppDeps, runner: ImportRunner, kind: UploadKind, req: express.Request, res: express.Response) {
  try {
    const ctx = await actorContext(deps, req, kind);
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
    const source = type === 'csv' ? req : (await firstFilePart(req, { fileSize: MAX_IMPORT_BYTES + 1, fields: 20 })).stream;
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
    const ctx = await actorContext(deps, req, kind);
    const report = await ctx.read(async (sc) => {
      const job = await kind.find(sc, req.params.id as string);
      if (!job) throw new DomainError(ErrorCode.NOT_FOUND, 'Import not found');
      return { job, rows: await importErrorReport(sc, { importId: job.id }) };
    });
    res.type('text/csv; charset=utf-8').attachment(`import-${report.job.id}-errors.csv`);
    const out = format({ headers: false });
    out.pipe(res);
    out.write(['row', 'column', 'code', 'message', 'cells']);
    for (const row of report.rows) out.write(row.map(guardCsvFormula));
    out.end();
  } catch (e) {
    sendError(res, e);
  }
}

/** Each kind's GET <path>/template.csv, POST <path> (the upload) and GET <errorsPath> (errors.csv). */
export function importRoutes(deps: AppDeps, runner: ImportRunner, uploads: readonly UploadKind[] = UPLOADS): express.Router {
  const router = express.Router();
  for (const kind of uploads) {
    const { template } = kind;
    router.get(`${kind.path}/template.csv`, (_req, res) => {
      res.type('text/csv; charset=utf-8').attachment(template.fileName);
      const out = format({ headers: false, quoteColumns: true });
      out.pipe(res);
      for (const row of template.rows) out.write(row);
      out.end();
    });
  }
  for (const kind of uploads) router.post(kind.path, (req, res) => upload(deps, runner, kind, req, res));
  for (const kind of uploads) router.get(kind.errorsPath, (req, res) => errorsCsv(deps, kind, req, res));
  return router;
}
