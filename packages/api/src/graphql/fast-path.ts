import type { IncomingMessage, ServerResponse } from 'node:http';
import zlib from 'node:zlib';
import {
  DocumentNode,
  GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  OperationDefinitionNode,
  parse,
  specifiedRules,
  validate,
  ValidationRule,
} from 'graphql';
import { compileQuery, CompiledQuery, isCompiledQuery } from 'graphql-jit';
import { checkListSizes } from '../common/input-limits';
import { DEVICE_COOKIE, SESSION_COOKIE } from '../common/tokens';
import { needsActor } from './auth-gate';
import { bearer, Context, RequestCredentials } from './context';
import { estimateResultObjects, MAX_RESULT_OBJECTS } from './query-cost';

/**
 * The hot path for read queries (admin pages and integrations poll the agent list all day):
 * POST /graphql with a JSON body whose query is a `query` operation that parses, validates
 * (the same rules as Apollo: graphql-js's, graphql-armor's, no introspection in production) and
 * passes the same request checks as the Apollo plugins (auth gate, list sizes, result size),
 * executed by graphql-jit (the query compiled once per document) on the same schema, resolvers
 * and field authorization, without
 * Express's and Apollo's per-request plumbing. Whatever is not that plain success goes to the
 * Express app unchanged: other requests untouched, and a query that fails any check or whose
 * execution reports any error is answered by Apollo (a query is a read, so running it again
 * there is safe), so every error keeps exactly the shape, code and HTTP status Apollo gives it.
 */

export interface FastPathOptions {
  schema: GraphQLSchema;
  /** Validation rules beyond graphql-js's own (graphql-armor's). */
  validationRules: ValidationRule[];
  introspection: boolean;
  maxTokens: number;
  maxBodyBytes: number;
  /** Express's compiled `trust proxy` function, so that the client IP is the one Express reports. */
  trustProxy: (addr: string, i: number) => boolean;
  context(creds: RequestCredentials): Promise<Context>;
  /** true once the server is stopping: Apollo answers from then on. */
  stopped(): boolean;
}

interface Prepared {
  document: DocumentNode;
  /** The document's only operation. */
  operation: OperationDefinitionNode;
  /** No variables: the request checks give the same answer every time. */
  constant: boolean;
  /** graphql-jit's compiled executor per operation name ('' for the only one); null: not compilable. */
  compiled: Map<string, CompiledQuery | null>;
  /** Without variables the request checks give the same answer every time: computed once. */
  constantChecks: boolean | undefined;
}

const MAX_DOCUMENTS = 500;
/** Longer query texts go to Apollo: the cache holds at most MAX_DOCUMENTS x this many characters. */
const MAX_CACHED_QUERY_CHARS = 8192;
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
  const encoding = Buffer.byteLength(payload) >= COMPRESS_THRESHOLD ? encodingFor(req.headers['accept-encoding']) : null;
  if (encoding === 'br') payload = zlib.brotliCompressSync(payload, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  else if (encoding === 'gzip') payload = zlib.gzipSync(payload);
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = Buffer.byteLength(payload);
  res.writeHead(status, headers);
  res.end(payload);
}

export function fastQueryPath(opts: FastPathOptions) {
  const rules = [...specifiedRules, ...opts.validationRules, ...(opts.introspection ? [] : [NoSchemaIntrospectionCustomRule])];
  // Parsed and validated documents by query text; null: not for this path (Apollo answers).
  const documents = new Map<string, Prepared | null>();

  function prepare(query: string): Prepared | null {
    if (query.length > MAX_CACHED_QUERY_CHARS) return null;
    let p = documents.get(query);
    if (p !== undefined) return p;
    try {
      const document = parse(query, { maxTokens: opts.maxTokens });
      // One operation per document (what clients send): its checks and compiled executor are the
      // document's, so neither can be reused for another operation nor multiply per document.
      const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
      p =
        operations.length === 1 && !validate(opts.schema, document, rules).length
          ? {
              document,
              operation: operations[0],
              constant: !operations[0].variableDefinitions?.length,
              compiled: new Map(),
              constantChecks: undefined,
            }
          : null;
    } catch {
      p = null;
    }
    if (documents.size >= MAX_DOCUMENTS) documents.delete(documents.keys().next().value!);
    documents.set(query, p);
    return p;
  }

  function compiledFor(p: Prepared, operationName: string): CompiledQuery | null {
    let c = p.compiled.get(operationName);
    if (c === undefined) {
      try {
        const out = compileQuery(opts.schema, p.document, operationName || undefined);
        c = isCompiledQuery(out) ? out : null;
      } catch {
        c = null;
      }
      p.compiled.set(operationName, c);
    }
    return c;
  }

  /** The Apollo plugins' checks (list sizes, result size); true: the request passes them. */
  function passesChecks(p: Prepared, operation: OperationDefinitionNode, variables: Record<string, unknown>): boolean {
    const constant = p.constant;
    if (constant && p.constantChecks !== undefined) return p.constantChecks;
    const ok =
      !Object.keys(checkListSizes(opts.schema, p.document, variables)).length &&
      estimateResultObjects(opts.schema, p.document, operation, variables) <= MAX_RESULT_OBJECTS;
    if (constant) p.constantChecks = ok;
    return ok;
  }

  async function run(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>): Promise<boolean> {
    const { query, variables, operationName } = body;
    if (typeof query !== 'string') return false;
    if (variables !== undefined && variables !== null && (typeof variables !== 'object' || Array.isArray(variables))) return false;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return false;
    if (Object.keys(body).some((k) => k !== 'query' && k !== 'variables' && k !== 'operationName')) return false;
    const p = prepare(query);
    if (!p) return false;
    // What getOperationAST would pick: the only operation, if the name (when given) is its own.
    const operation = p.operation;
    if ((operationName != null && operation.name?.value !== operationName) || operation.operation !== 'query') return false;
    const vars = (variables ?? {}) as Record<string, unknown>;
    if (!passesChecks(p, operation, vars)) return false;
    const cookies = req.headers.cookie;
    const ctx = await opts.context({
      token: bearer(req) ?? cookie(cookies, SESSION_COOKIE),
      deviceToken: cookie(cookies, DEVICE_COOKIE),
      ip: clientIp(req, opts.trustProxy),
    });
    if (!ctx.actor && needsActor(p.document, operation)) return false;
    const compiled = compiledFor(p, (operationName as string | null | undefined) ?? '');
    if (!compiled) return false;
    const result = await compiled.query(undefined, ctx, vars);
    if (result.errors?.length || opts.stopped()) return false;
    send(req, res, 200, result);
    return true;
  }

  /** Serves the request, or hands it to `next` (the Express app) with its body already parsed when read. */
  return function handle(req: IncomingMessage, res: ServerResponse, next: () => void): void {
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
    req.on('end', () => {
      let text = Buffer.concat(chunks).toString('utf8');
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
    });
  };
}
