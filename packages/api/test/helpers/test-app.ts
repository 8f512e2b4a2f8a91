import type { AddressInfo } from 'node:net';
import { loadConfig, Config } from '../../src/config';
import { createApp, RosterApp } from '../../src/app';
import { freshDataSource, testDbConfig } from './test-db';
import { createDataSource, initDataSource, QueryCounter } from '../../src/db/data-source';
import type { DbConfig } from '../../src/config';

export const ADMIN_EMAIL = 'admin@example.com';
export const ADMIN_PASSWORD = 'correct horse battery';

export interface GqlResult<T = any> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string; fields?: Record<string, string>; [k: string]: unknown } }[];
  status: number;
  headers: Headers;
}

export interface GqlOptions {
  token?: string;
  cookie?: string;
  headers?: Record<string, string>;
}

export interface TestApp {
  url: string;
  db: DbConfig;
  roster: RosterApp;
  config: Config;
  sql: QueryCounter;
  adminToken: string;
  gql<T = any>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<GqlResult<T>>;
  /** Like gql but fails the test on any GraphQL error, returning data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<T>;
  login(email: string, password: string): Promise<string>;
  /** Creates an agent through the API (as admin) and returns its id and a signed-in token. */
  createAgent(input: Record<string, unknown>, password?: string): Promise<{ id: string; token: string }>;
  close(): Promise<void>;
}

/** Starts the real app (HTTP, Apollo, database) on a free port with a first admin. */
export interface TestAppOptions {
  /** A second API "process" on the same database (its own connections), as when scaling out. */
  shareDatabaseWith?: TestApp;
}

export async function startTestApp(env: Record<string, string> = {}, opts: TestAppOptions = {}): Promise<TestApp> {
  const sql = new QueryCounter();
  const db = opts.shareDatabaseWith?.db ?? testDbConfig();
  const ds = opts.shareDatabaseWith ? await initDataSource(createDataSource(db, sql)) : await freshDataSource(sql, db);
  const config = loadConfig({
    NODE_ENV: 'test',
    ADMIN_EMAIL,
    ADMIN_PASSWORD,
    LICENSE_SEATS: '100',
    OUTBOX_POLL_MS: '0',
    // No polling queries in the background (statement counts); import tests drive the runner.
    IMPORT_POLL_MS: '0',
    WEB_DIST: '/nonexistent',
    ...env,
  });
  const roster = await createApp(config, { ds, log: () => undefined });
  await new Promise<void>((r) => roster.httpServer.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(roster.httpServer.address() as AddressInfo).port}/graphql`;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}, opts: GqlOptions = {}): Promise<GqlResult<T>> {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...opts.headers };
    if (opts.token) headers.authorization = `Bearer ${opts.token}`;
    if (opts.cookie) headers.cookie = opts.cookie;
    const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as GqlResult<T>;
    return { ...body, status: res.status, headers: res.headers };
  }
  async function ok<T>(query: string, variables?: Record<string, unknown>, opts?: GqlOptions): Promise<T> {
    const r = await gql<T>(query, variables, opts);
    if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
    return r.data as T;
  }
  async function login(email: string, password: string): Promise<string> {
    const d = await ok<{ login: { token: string } }>('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', {
      e: email,
      p: password,
    });
    return d.login.token;
  }
  const adminToken = await login(ADMIN_EMAIL, ADMIN_PASSWORD);
  async function createAgent(input: Record<string, unknown>, password = 'agent-password-1') {
    const d = await ok<{ createAgent: { agent: { id: string } } }>(
      'mutation($i: CreateAgentInput!) { createAgent(input: $i) { agent { id } } }',
      { i: { sendWelcomeEmail: false, forcePasswordChange: false, password, ...input } },
      { token: adminToken },
    );
    return { id: d.createAgent.agent.id, token: await login(String(input.email), password) };
  }
  return {
    url,
    db,
    roster,
    config,
    sql,
    adminToken,
    gql,
    ok,
    login,
    createAgent,
    async close() {
      await roster.close();
      await ds.destroy();
    },
  };
}

export const codeOf = (r: GqlResult): string | undefined => r.errors?.[0]?.extensions?.code;
