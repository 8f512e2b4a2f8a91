import { once } from 'node:events';
import type { RequestHandler } from 'express';
import { format } from 'fast-csv';
import { ADMIN, checkEndpointRequirements } from '../common/auth';
import { FieldCheck } from '../common/errors';
import { checkId } from '../common/ids';
import type { ServiceContext } from '../common/service';
import { AppDeps, buildContext } from '../graphql/context';
import { AGENT_CSV_HEADER, agentCsvPages, AgentStatus, AgentType } from '../modules/agent';
import { AUDIT_CSV_HEADER, auditCsvPages, auditFilterFromQuery } from '../modules/audit';
import { requirePermission } from '../modules/permission';
import { PEOPLE } from '../modules/user';
import { USER_CSV_HEADER, userCsvPages } from '../modules/user-import';
import { sendError } from './errors';

/** One CSV export (GET /exports/agents.csv, /exports/users.csv). */
export interface CsvDownload {
  fileName: string;
  header: readonly string[];
  /** As @Authorized: ADMIN, token scopes. */
  requirements: readonly string[];
  /** Checks before anything is sent (permissions), throwing DomainError. */
  authorize?(sc: ServiceContext): Promise<void>;
  /**
   * The rows, formula-safe, a keyset page at a time. Called before anything is sent: the query
   * string is checked when it is called (throwing DomainError), the rows are read as they are sent.
   */
  pages(sc: ServiceContext, query: Query): AsyncGenerator<string[][]>;
}

type Query = Record<string, unknown>;

const STATUSES = new Set<string>(Object.values(AgentStatus));
const TYPES = new Set<string>(Object.values(AgentType));

/**
 * `?search=&teamId=&permissionGroupId=&status=&isAdmin=&type=`: the fields of the agents list's
 * AgentFilter, so that the SPA exports what its list shows. Empty parameters are no filter; bad
 * ones are field errors under `filter.`, every one at once.
 */
export function agentFilterFromQuery(query: Query) {
  const fc = new FieldCheck('filter');
  const param = (name: string): string | undefined => {
    const value = query[name];
    if (value === undefined || value === '') return undefined;
    return fc.check(typeof value === 'string', name, 'must be given once') ? (value as string) : undefined;
  };
  const search = param('search');
  const teamId = param('teamId');
  const permissionGroupId = param('permissionGroupId');
  const status = param('status');
  const isAdmin = param('isAdmin');
  const type = param('type');
  fc.check(!search || search.length <= 200, 'search', 'must be at most 200 characters');
  if (teamId !== undefined) checkId(fc, teamId, 'teamId');
  if (permissionGroupId !== undefined) checkId(fc, permissionGroupId, 'permissionGroupId');
  fc.check(status === undefined || STATUSES.has(status), 'status', `must be ${[...STATUSES].join(' or ')}`);
  fc.check(isAdmin === undefined || isAdmin === 'true' || isAdmin === 'false', 'isAdmin', 'must be true or false');
  fc.check(type === undefined || TYPES.has(type), 'type', `must be ${[...TYPES].join(' or ')}`);
  fc.throwIfAny();
  return {
    search,
    teamId,
    permissionGroupId,
    status: status as AgentStatus | undefined,
    isAdmin: isAdmin === undefined ? undefined : isAdmin === 'true',
    type: type as AgentType | undefined,
  };
}

/** Admins; tokens need agents:read. The list's filters narrow it (agentFilterFromQuery). */
export const AGENTS_CSV: CsvDownload = {
  fileName: 'agents.csv',
  header: AGENT_CSV_HEADER,
  requirements: [ADMIN, 'agents:read'],
  pages: (sc, query) => agentCsvPages(sc, { filter: agentFilterFromQuery(query) }),
};

/** people.view; tokens need users:read. */
export const USERS_CSV: CsvDownload = {
  fileName: 'users.csv',
  header: USER_CSV_HEADER,
  requirements: ['users:read'],
  authorize: (sc) => requirePermission(sc, PEOPLE.view, 'viewing users'),
  pages: (sc) => userCsvPages(sc),
};

/** Admins; tokens need audit:read. The audit page's filters narrow it (auditFilterFromQuery). */
export const AUDIT_CSV: CsvDownload = {
  fileName: 'audit.csv',
  header: AUDIT_CSV_HEADER,
  requirements: [ADMIN, 'audit:read'],
  pages: (sc, query) => auditCsvPages(sc, auditFilterFromQuery(query)),
};

/**
 * The route: the same sign-in and scope rules as /graphql (session cookie or Bearer); the file
 * streams page by page, so memory stays flat however many rows there are.
 */
export function csvDownloadRoute(deps: AppDeps, download: CsvDownload): RequestHandler {
  return async (req, res) => {
    let pages: AsyncGenerator<string[][]>;
    try {
      const ctx = await buildContext(deps, req, res);
      const actor = checkEndpointRequirements(ctx, [...download.requirements]);
      const sc: ServiceContext = { ...deps.services, em: deps.ds.manager, actor };
      await download.authorize?.(sc);
      pages = download.pages(sc, req.query);
    } catch (e) {
      sendError(res, e);
      return;
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="${download.fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    // A BOM so that spreadsheets read UTF-8; CRLF as RFC 4180 has it. The imports accept both.
    const csv = format({ headers: [...download.header], alwaysWriteHeaders: true, writeBOM: true, rowDelimiter: '\r\n' });
    csv.pipe(res);
    const gone = once(res, 'close').then(() => 'closed' as const);
    try {
      for await (const rows of pages) {
        for (const row of rows) {
          // Backpressure: wait while a slow client's buffer is full (or stop when it left).
          if (!csv.write(row) && (await Promise.race([once(csv, 'drain'), gone])) === 'closed') return;
        }
        if (res.destroyed) return;
      }
      csv.end();
    } catch (e) {
      // Headers are out: cut the download short rather than end a file that looks complete.
      console.error(`${download.fileName} export failed`, e);
      res.destroy(e as Error);
    }
  };
}
