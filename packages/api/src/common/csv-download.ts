import { once } from 'node:events';
import type { Request, RequestHandler, Response } from 'express';
import { format } from 'fast-csv';
import { ErrorCode } from '@roster/shared';
import type { DataSource } from 'typeorm';
import { AuthState, checkEndpointRequirements } from './auth';
import { DomainError } from './errors';
import type { ServiceContext, ServiceDeps } from './service';

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

const STATUS: Partial<Record<string, number>> = { [ErrorCode.UNAUTHENTICATED]: 401 };

/**
 * The route: the same sign-in and scope rules as /graphql (session cookie or Bearer), with the
 * request context built by the app (`buildContext`); the file streams page by page, so memory
 * stays flat however many rows there are.
 */
export function csvDownloadRoute(
  deps: { services: ServiceDeps; ds: DataSource },
  context: (req: Request, res: Response) => Promise<AuthState>,
  download: CsvDownload,
): RequestHandler {
  return async (req, res, next) => {
    let sc: ServiceContext;
    try {
      const ctx = await context(req, res);
      const actor = checkEndpointRequirements(ctx, [...download.requirements]);
      sc = { ...deps.services, em: deps.ds.manager, actor };
      await download.authorize?.(sc);
    } catch (e) {
      if (!(e instanceof DomainError)) return next(e);
      res.status(STATUS[e.code] ?? 403).json({ errors: [{ message: e.message, extensions: { code: e.code } }] });
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
