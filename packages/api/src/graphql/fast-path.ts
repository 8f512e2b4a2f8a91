import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import type { GraphQLSchema, ValidationRule } from 'graphql';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../common/tokens';
import { bearer, Context, keepContext, RequestCredentials } from './context';
import { ExecutableCache } from './executable-cache';
import { firstFailure } from './plugins/request-checks';
import { inRequestRouting } from '../db/read-replicas';

/**
 * Why this exists: admin pages and integrations poll the agent list all day, and Express's and
 * Apollo's per-request plumbing plus graphql-js's execution cost more than the query itself
 * (`pnpm bench concurrent`: the list at about 0.4x of a raw handler without this path, 0.7-0.8x
 * with it). So a read query sent as POST /graphql with a JSON body is answered here: parsed and
 * validated with the same rules as Apollo, its literals lifted into variables (normalize.ts), the
 * same checks run (request-checks.ts), then executed on the same schema, resolvers and field
 * authorization, by graphql-jit once its shape has been seen before (executable-cache.ts).
 *
 * What it must never do: let client text reach generated code (only normalised documents are
 * compiled), answer anything Apollo would refuse, or remember without bound what clients send.
 * Whatever is not a plain success goes to the Express app unchanged: other requests untouched,
 * and a query that fails any check or whose execution reports any error is answered by Apollo (a
 * query is a read, so running it again there is safe), so every error keeps exactly the shape,
 * code and HTTP status Apollo gives it. GRAPHQL_FAST_PATH=0 turns it off.
 */

export interface FastPathOptions {
  schema: GraphQLSchema;
  /** Every validation rule (request-checks.ts's allValidationRules). */
  validationRules: ValidationRule[];
  maxTokens: number;
  maxBodyBytes: number;
  /** Express's compiled `trust proxy` function, so that the client IP is the one Express reports. */
  trustProxy: (addr: string, i: number) => boolean;
  context(creds: RequestCredentials): Promise<Context>;
  /** true once the server is stopping: Apollo answers from then on. */
  stopped(): boolean;
}

const COMPRESS_THRESHOLD = 1024;
const JSON_TYPE = /^application\/json\s*(;\s*charset=utf-8\s*)?$/i;

export const MALFORMED_JSON_BODY = { errors: [{ message: 'Malformed JSON body', extensions: { code: 'BAD_REQUEST' } }] };

function cookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const v = part.slice(eq + 1).trim();
      try {
        return decodeURIComponent(v.startsWith('"') && v.endsWith('"') ? v.slice(1, -1) : v);
      } catch {
        return v;
      }
    }
  }
  return null;
}

/** The client address as Express computes it (proxy-addr): the nearest untrusted hop. */
function clientIp(req: IncomingMessage, trust: (addr: string, i: number) => boolean): string {
  const socketAddr = req.socket.remoteAddress ?? 'unknown';
  const xff = req.headers['x-forwarded-for'];
  if (typeof xff !== 'string') return socketAddr;
  const hops = [
    socketAddr,
    ...xff
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean)
      .reverse(),
  ];
  for (let i = 0; i < hops.length - 1; i++) if (!trust(hops[i], i)) return hops[i];
  return hops[hops.length - 1];
}

/**
 * br (quality 4) or gzip, honouring the client's q-values as the compression middleware on the
 * Express side does: an encoding with q=0 is refused, `*` stands for those not named, the higher
 * q wins and br wins ties. null: identity.
 */
function encodingFor(accept: string | undefined): 'br' | 'gzip' | null {
  if (!accept) return null;
  const q = new Map<string, number>();
  for (const part of accept.split(',')) {
    const [name, ...params] = part.split(';').map((x) => x.trim().toLowerCase());
    if (!name) continue;
    const qp = params.find((x) => x.startsWith('q='));
    const value = qp ? Number(qp.slice(2)) : 1;
    q.set(name, Number.isFinite(value) ? value : 0);
  }
  const of = (e: string) => q.get(e) ?? q.get('*') ?? 0;
  const br = of('br');
  const gzip = of('gzip');
  if (br <= 0 && gzip <= 0) return null;
  return br >= gzip ? 'br' : 'gzip';
}

function send(req: IncomingMessage, res: ServerResponse, status: number, body: unknown): void {
  let payload: Buffer | string = `${JSON.stringify(body)}\n`;
  const headers: Record<string, string | number> = { 'content-type': 'application/json; charset=utf-8', vary: 'Accept-Encoding' };
  // The UTF-8 length once (it walks the whole text): the threshold's test and, uncompressed, the header.
  let length = Buffer.byteLength(payload);
  const encoding = length >= COMPRESS_THRESHOLD ? encodingFor(req.headers['accept-encoding']) : null;
  if (encoding === 'br') payload = zlib.brotliCompressSync(payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  else if (encoding === 'gzip') payload = zlib.gzipSync(payload);
  if (encoding) {
    headers['content-encoding'] = encoding;
    length = payload.length;
  }
  headers['content-length'] = length;
  res.writeHead(status, headers);
  res.end(payload);
}

export function fastQueryPath(opts: FastPathOptions) {
  const cache = new ExecutableCache({ schema: opts.schema, rules: opts.validationRules, maxTokens: opts.maxTokens });

  async function run(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<boolean> {
    const { query, variables, operationName } = body;
    if (typeof query !== 'string') return false;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return false;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return false;
    if (Object.keys(body).some((k) => k !== 'query' && k !== 'variables' && k !== 'operationName')) return false;
    const prepared = cache.prepare(query, operationName as string | null | undefined, (variables ?? {}) as Record<string, unknown>);
    if (!prepared) return false;
    const cookies = req.headers.cookie;
    const context = await opts.context({
      token: bearer(req) ?? cookie(cookies, SESSION_COOKIE),
      deviceToken: cookie(cookies, DEVICE_COOKIE),
      ip: clientIp(req, opts.trustProxy),
      userAgent: req.headers['user-agent']?.slice(0, 300) ?? null,
    });
    // Apollo answers whatever this path does not, with this context (one session lookup a request).
    const handOver = () => {
      keepContext(req, context);
      return false;
    };
    const { document, operation } = prepared;
    if (firstFailure({ schema: opts.schema, document, operation, variables: prepared.variables, context }, prepared.contextFreePassed))
      return handOver();
    // Only queries come here: with read replicas, their reads may go to one.
    context.readOnly();
    const result = await prepared.run(context);
    if (result.errors?.length || opts.stopped()) return handOver();
    send(req, res, 200, result);
    return true;
  }

  /** Serves the request, or hands it to `next` (the Express app) with its body already parsed when read. */
  function handle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
    const length = Number(req.headers['content-length']);
    if (
      req.method !== 'POST' ||
      req.url !== '/graphql' ||
      opts.stopped() ||
      !JSON_TYPE.test(req.headers['content-type'] ?? '') ||
      (req.headers['content-encoding'] && req.headers['content-encoding'] !== 'identity') ||
      !(length > 0 && length <= opts.maxBodyBytes)
    ) {
      next();
      return;
    }
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () =>
      inRequestRouting(req, () => {
        // Most bodies arrive in one chunk: decoded as it is, without copying it into a new buffer first.
        let text = (chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8');
        // A leading byte-order mark is not JSON; body-parser drops it too.
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        let body: unknown;
        try {
          // Like express.json (strict): only an object or array.
          if (!/^\s*[[{]/.test(text)) throw new SyntaxError('not an object');
          body = JSON.parse(text);
        } catch {
          send(req, res, 400, MALFORMED_JSON_BODY);
          return;
        }
        // The Express side reads the parsed body (body-parser skips a request already read).
        const fallback = () => {
          (req as IncomingMessage & { body?: unknown }).body = body;
          next();
        };
        if (Array.isArray(body)) return fallback();
        run(req, res, body as Record<string, unknown>).then(
          (done) => done || fallback(),
          () => fallback(),
        );
      }),
    );
  }
  return Object.assign(handle, { cache });
}
