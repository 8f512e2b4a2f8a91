import { once } from 'node:events';
import type { RequestHandler } from 'express';
import { format } from 'fast-csv';
import { ADMIN, checkEndpointRequirements } from '../common/auth';
import type { ServiceContext } from '../common/service';
import { AppDeps, buildContext } from '../graphql/context';
import { AGENT_CSV_HEADER, agentCsvPages } from '../modules/agent';
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
  /** The rows, formula-safe, a keyset page at a time. */
  pages(sc: ServiceContext): AsyncGenerator<string[][]>;
}

/** Admins; tokens need agents:read. */
export const AGENTS_CSV: CsvDownload = {
  fileName: 'agents.csv',
  header: AGENT_CSV_HEADER,
  requirements: [ADMIN, 'agents:read'],
  pages: (sc) => agentCsvPages(sc),
};

/** people.view; tokens need users:read. */
export const USERS_CSV: CsvDownload = {
  fileName: 'users.csv',
  header: USER_CSV_HEADER,
  requirements: ['users:read'],
  authorize: (sc) => requirePermission(sc, PEOPLE.view, 'viewing users'),
  pages: (sc) => userCsvPages(sc),
};

/**
 * The route: the same sign-in and scope rules as /graphql (session cookie or Bearer); the file
 * streams page by page, so memory stays flat however many rows there are.
 */
export function csvDownloadRoute(deps: AppDeps, download: CsvDownload): RequestHandler {
  return async (req, res) => {
    let sc: ServiceContext;
    try {
      const ctx = await buildContext(deps, req, res);
      const actor = checkEndpointRequirements(ctx, [...download.requirements]);
      sc = { ...deps.services, em: deps.ds.manager, actor };
      await download.authorize?.(sc);
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
      for await (const rows of download.pages(sc)) {
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
