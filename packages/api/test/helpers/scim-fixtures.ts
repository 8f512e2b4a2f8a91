import { accessHelpers } from './access-fixtures';
import { baseUrl } from './import-helpers';
import type { TestApp } from './test-app';

// SCIM 2.0 over real HTTP: requests as an identity provider sends them, and sequences of them
// written as tables (request, expected status, checks on the answer).

export const USER = 'urn:ietf:params:scim:schemas:core:2.0:User';
export const GROUP = 'urn:ietf:params:scim:schemas:core:2.0:Group';
/** Roster's User extension (agentType: FULL or LIGHT), on every User it answers. */
export const ROSTER_USER = 'urn:ietf:params:scim:schemas:extension:roster:2.0:User';
export const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
export const ERROR = 'urn:ietf:params:scim:api:messages:2.0:Error';

export interface ScimAnswer {
  status: number;
  body: any;
  headers: Headers;
}

export interface ScimOptions {
  token?: string;
  headers?: Record<string, string>;
}

/** One SCIM request: the path after /scim/v2, a JSON body sent as application/scim+json. */
export async function scimRequest(t: TestApp, method: string, path: string, body?: unknown, opts: ScimOptions = {}): Promise<ScimAnswer> {
  const headers: Record<string, string> = { accept: 'application/scim+json', ...opts.headers };
  if (opts.token) headers.authorization = `Bearer ${opts.token}`;
  if (body !== undefined) headers['content-type'] ??= 'application/scim+json';
  const res = await fetch(`${baseUrl(t)}/scim/v2${path}`, {
    method,
    headers,
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null, headers: res.headers };
}

/** A step of a provider's sequence: the request, the status it must get, and what else to check (`ctx` carries ids between steps). */
export interface Step {
  name: string;
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  path: (ctx: Record<string, string>) => string;
  body?: (ctx: Record<string, string>) => unknown;
  status: number;
  check?: (answer: ScimAnswer, ctx: Record<string, string>) => void | Promise<void>;
}

/** Runs the steps in order as `token`; each answer is checked before the next request. */
export async function runSequence(t: TestApp, token: string, steps: Step[]): Promise<Record<string, string>> {
  const ctx: Record<string, string> = {};
  for (const s of steps) {
    const answer = await scimRequest(t, s.method, s.path(ctx), s.body?.(ctx), { token });
    if (answer.status !== s.status) throw new Error(`${s.name}: expected ${s.status}, got ${answer.status} ${JSON.stringify(answer.body)}`);
    if (answer.body) expect(answer.headers.get('content-type')).toContain('application/scim+json');
    await s.check?.(answer, ctx);
  }
  return ctx;
}

/** An API token with the scim scope, created by the first admin (or `as`). */
export async function scimToken(t: TestApp, scopes = ['scim'], as = t.adminToken): Promise<string> {
  return (await accessHelpers(() => t).newToken(scopes, as, 'SCIM')).token;
}

/** The agent row as stored (status, names, external id). */
export async function agentRow(t: TestApp, id: string) {
  const [row] = await t.roster.ds.query('SELECT email, name, status, extra_emails, external_id FROM agent WHERE id = ?', [Number(id)]);
  return row as { email: string; name: string; status: string; extra_emails: string; external_id: string | null } | undefined;
}

export const sessionCount = async (t: TestApp, agentId: string) =>
  Number((await t.roster.ds.query('SELECT COUNT(*) AS n FROM session WHERE agent_id = ?', [Number(agentId)]))[0].n);

export const teamMemberIds = async (t: TestApp, teamId: string) =>
  (await t.roster.ds.query('SELECT agent_id FROM team_member WHERE team_id = ? ORDER BY agent_id', [Number(teamId)])).map(
    (r: { agent_id: number }) => String(r.agent_id),
  );
